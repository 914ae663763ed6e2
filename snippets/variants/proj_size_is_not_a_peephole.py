from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=20, proj_size=5)
for name, p in lstm.named_parameters():
    print(f"{name:14} {tuple(p.shape)}")
# weight_hr_l0 maps h_t from 20 to 5 features after the cell;
# no parameter is a vector that weighs c_t inside a gate
