import torch
from torch import nn

torch.manual_seed(0)
batch, src_len, tgt_len, emb, hidden = 3, 7, 4, 8, 16
encoder = nn.LSTM(emb, hidden, num_layers=2)
# same num_layers and hidden_size as the encoder
decoder = nn.LSTM(emb, hidden, num_layers=2)
project = nn.Linear(hidden, 10)                # 10 = target vocabulary size

src = torch.randn(src_len, batch, emb)
_, (h_n, c_n) = encoder(src)                   # keep only the final states
print("encoder h_n, c_n:", h_n.shape, c_n.shape)
# teacher forcing: the shifted target sequence
tgt = torch.randn(tgt_len, batch, emb)
# the encoder's final state is the decoder's h_0, c_0
dec_out, (h, c) = decoder(tgt, (h_n, c_n))
print("decoder output:  ", dec_out.shape)
print("logits:          ", project(dec_out).shape)   # (tgt_len, batch, vocab)
