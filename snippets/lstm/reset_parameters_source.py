import inspect
import textwrap

from torch import nn

# nn.LSTM inherits reset_parameters from nn.RNNBase; print torch's own source
print("defined in:", nn.LSTM.reset_parameters.__qualname__)
print(textwrap.dedent(inspect.getsource(nn.LSTM.reset_parameters)))
