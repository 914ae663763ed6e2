import torch
from torch import nn

torch.manual_seed(0)
H = 20
gru = nn.GRU(10, H, num_layers=2, bidirectional=True)
output, h_n = gru(torch.randn(4, 2, 10))
fwd_final, bwd_final = h_n[-2], h_n[-1]   # last layer: forward, backward
eq = torch.equal

print("output:", output.shape, " h_n:", h_n.shape)
print("output[-1, :, :H] is fwd_final:", eq(output[-1, :, :H], fwd_final))
print("output[-1, :, H:] is bwd_final:", eq(output[-1, :, H:], bwd_final))
print("output[0, :, H:] is bwd_final: ", eq(output[0, :, H:], bwd_final))
both = torch.cat([fwd_final, bwd_final], dim=-1)   # (batch, 2 * H)
print("output[-1] is both finals:", eq(output[-1], both))
