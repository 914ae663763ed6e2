import math

import torch
from torch import nn

torch.manual_seed(0)
H, eye = 20, torch.eye(20)
bounds = {"per gate": math.sqrt(6 / (10 + H)),      # fan_out = H
          "whole matrix": math.sqrt(6 / (10 + 4 * H))}  # fan_out = 4H
for way in ("whole matrix", "per gate"):
    w_hh, w_ih = torch.empty(4 * H, H), torch.empty(4 * H, 10)
    parts = [(w_hh, w_ih)] if way == "whole matrix" else zip(
        w_hh.chunk(4), w_ih.chunk(4))
    for hh, ih in parts:
        nn.init.orthogonal_(hh)
        nn.init.xavier_uniform_(ih)
    print(f"{way}: W_hh^T W_hh == I:",
          torch.allclose(w_hh.T @ w_hh, eye, atol=1e-5),
          "| each block orthogonal:",
          [torch.allclose(b @ b.T, eye, atol=1e-5) for b in w_hh.chunk(4)])
    top = w_ih.abs().max()
    print(f"{way}: largest |W_ih| within 1% of the bound:",
          {k: bool(0.99 * b <= top <= b) for k, b in bounds.items()})
