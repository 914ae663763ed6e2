import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

def check_lstm_state(lstm, packed, state):
    """The check nn.LSTM runs for a padded input and skips for a packed one."""
    layers = lstm.num_layers * (2 if lstm.bidirectional else 1)
    batch = int(packed.batch_sizes[0])
    h_size = lstm.proj_size or lstm.hidden_size
    want = [(layers, batch, h_size), (layers, batch, lstm.hidden_size)]
    for i, (tensor, shape) in enumerate(zip(state, want, strict=True)):
        if tuple(tensor.shape) != shape:
            raise RuntimeError(f"Expected hidden[{i}] size {shape}, got "
                               f"{list(tensor.shape)}")

lstm, x = nn.LSTM(10, 20), torch.randn(5, 3, 10)
packed = pack_padded_sequence(x, [5, 5, 5])
for batch in (3, 2):
    state = (torch.zeros(1, batch, 20), torch.zeros(1, batch, 20))
    try:
        check_lstm_state(lstm, packed, state)
        print("batch", batch, "ok:", tuple(lstm(packed, state)[1][0].shape))
    except RuntimeError as error:
        print("batch", batch, type(error).__name__ + ":", error)
