import torch
from torch import nn

H = 4
lstm = nn.LSTM(input_size=3, hidden_size=H)
x, h_0, c_0 = torch.zeros(1, 1, 3), torch.zeros(1, 1, H), torch.ones(1, 1, H)
for b_ih_value, b_hh_value in ((1.0, 1.0), (1.0, 0.0)):
    with torch.no_grad():
        for parameter in lstm.parameters():
            parameter.zero_()                      # gates now see only their biases
        lstm.bias_ih_l0[H:2 * H] = b_ih_value      # forget gate: elements hidden_size .. 2*hidden_size
        lstm.bias_hh_l0[H:2 * H] = b_hh_value
    # g_1 = tanh(0) = 0 and c_0 = 1, so c_1 = f_1 * c_0 + i_1 * g_1 = f_1
    _, (h_n, c_n) = lstm(x, (h_0, c_0))
    print(f"b_ih={b_ih_value}, b_hh={b_hh_value}: forget gate f_1 =", [round(v, 4) for v in c_n.flatten().tolist()])
print("sigmoid(1) =", round(torch.sigmoid(torch.tensor(1.0)).item(), 4), " sigmoid(2) =",
      round(torch.sigmoid(torch.tensor(2.0)).item(), 4))
