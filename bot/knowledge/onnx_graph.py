"""Look up int8 embedding rows before dequantising them: a rewrite of the ONNX graph, in memory, at load time.

The int8 all-MiniLM-L6-v2 file dequantises every weight in the graph (`Cast` int8 -> float, `Mul` by the scale)
and onnxruntime's constant folding turns each into a float32 initializer at session creation. For the word
embedding table (30,522 x 384) that is 45 MiB of float32 for a table of which a question reads a few dozen rows.
The rewrite gathers the int8 rows and their scales first and dequantises only those:

    Gather(Mul(Cast(W_q), s), ids)   ->   Mul(Cast(Gather(W_q, ids)), Gather(s, ids))

Same arithmetic per element (the scale is per row), so the output is bit-identical (tests check it), and the
table stays int8 in memory. Only tables whose scale has one value per row qualify (the matrix-multiply weights
have one per column and stay as they are). Nodes are rewritten at the protobuf wire level: the `onnx` package is
not a dependency, and the weights' bytes are copied, not decoded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_VARINT, _I64, _LEN, _I32 = 0, 1, 2, 5
# ModelProto.graph, GraphProto.node / .initializer, NodeProto.input / .output / .name / .op_type / .attribute
# and TensorProto.dims / .name (onnx.proto3 field numbers).
_MODEL_GRAPH, _GRAPH_NODE, _GRAPH_INIT = 7, 1, 5
_NODE_INPUT, _NODE_OUTPUT, _NODE_NAME, _NODE_OP = 1, 2, 3, 4
_TENSOR_DIMS, _TENSOR_NAME = 1, 8


class GraphRewriteError(ValueError):
    """The model does not have the shape the rewrite expects (another model file)."""


def _varint(buf: memoryview, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if b < 0x80:
            return value, pos
        shift += 7


def _enc_varint(value: int) -> bytes:
    out = bytearray()
    while True:
        b = value & 0x7F
        value >>= 7
        if value:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _fields(buf: memoryview) -> list[tuple[int, int, memoryview]]:
    """(field number, wire type, raw field bytes including its key) for each field of one message."""
    out = []
    pos = 0
    while pos < len(buf):
        start = pos
        key, pos = _varint(buf, pos)
        number, wire = key >> 3, key & 7
        if wire == _VARINT:
            _, pos = _varint(buf, pos)
        elif wire == _I64:
            pos += 8
        elif wire == _I32:
            pos += 4
        elif wire == _LEN:
            size, pos = _varint(buf, pos)
            pos += size
        else:
            raise GraphRewriteError(f"unsupported protobuf wire type {wire}")
        out.append((number, wire, buf[start:pos]))
    if pos != len(buf):
        raise GraphRewriteError("truncated protobuf message")
    return out


def _payload(raw: memoryview) -> memoryview:
    """The bytes of a length-delimited field without its key and length."""
    _, pos = _varint(raw, 0)
    size, pos = _varint(raw, pos)
    return raw[pos : pos + size]


def _str(raw: memoryview) -> str:
    return bytes(_payload(raw)).decode()


def _len_field(number: int, payload: bytes) -> bytes:
    return _enc_varint(number << 3 | _LEN) + _enc_varint(len(payload)) + payload


@dataclass
class _Node:
    raw: memoryview
    op: str = ""
    inputs: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    attributes: list[memoryview] = field(default_factory=list)  # raw fields, copied as they are


def _node(raw_field: memoryview) -> _Node:
    node = _Node(raw_field)
    for number, _, raw in _fields(_payload(raw_field)):
        if number == _NODE_INPUT:
            node.inputs.append(_str(raw))
        elif number == _NODE_OUTPUT:
            node.outputs.append(_str(raw))
        elif number == _NODE_OP:
            node.op = _str(raw)
        elif number == 5:
            node.attributes.append(raw)
    return node


def _make_node(
    op: str,
    inputs: list[str],
    outputs: list[str],
    name: str,
    attributes: tuple[memoryview, ...] | list[memoryview] = (),
) -> bytes:
    body = b"".join(_len_field(_NODE_INPUT, i.encode()) for i in inputs)
    body += b"".join(_len_field(_NODE_OUTPUT, o.encode()) for o in outputs)
    body += _len_field(_NODE_NAME, name.encode()) + _len_field(_NODE_OP, op.encode()) + b"".join(attributes)
    return _len_field(_GRAPH_NODE, body)


def _is_axis_0(raw_field: memoryview) -> bool:
    """Whether an AttributeProto (name = field 1, i = field 3) is `axis` = 0."""
    name, value = "", 0
    for number, wire, raw in _fields(_payload(raw_field)):
        if number == 1 and wire == _LEN:
            name = _str(raw)
        elif number == 3 and wire == _VARINT:
            value = _varint(raw, _varint(raw, 0)[1])[0]
    return name == "axis" and value == 0


def _tensor_dims(raw_field: memoryview) -> tuple[str, list[int]]:
    name, dims = "", []
    for number, wire, raw in _fields(_payload(raw_field)):
        if number == _TENSOR_NAME:
            name = _str(raw)
        elif number == _TENSOR_DIMS:
            if wire == _LEN:  # packed
                data, pos = _payload(raw), 0
                while pos < len(data):
                    d, pos = _varint(data, pos)
                    dims.append(d)
            else:
                dims.append(_varint(raw, _varint(raw, 0)[1])[0])
    return name, dims


def gather_before_dequantize(model: bytes) -> tuple[bytes, list[str]]:
    """The model with each `Gather` over a dequantised, row-scaled table rewritten to gather the int8 rows
    first; returns the new model bytes and the names of the tables rewritten."""
    try:
        return _rewrite(model)
    except (IndexError, UnicodeDecodeError) as exc:
        raise GraphRewriteError(f"not an ONNX model: {type(exc).__name__}") from exc


@dataclass
class _Graph:
    top: list[tuple[int, int, memoryview]]  # the model's fields
    at: int  # which of them is the graph
    fields: list[tuple[int, int, memoryview]]  # the graph's fields
    nodes: dict[int, _Node]
    dims: dict[str, list[int]]  # initializer shapes
    producer: dict[str, int]  # value name -> index of the node computing it
    consumers: dict[str, int]  # value name -> how many node inputs read it


def _graph(model: bytes) -> _Graph:
    top = _fields(memoryview(model))  # slices of a memoryview share the model's bytes: nothing is copied
    graphs = [i for i, (n, w, _) in enumerate(top) if n == _MODEL_GRAPH and w == _LEN]
    if len(graphs) != 1:
        raise GraphRewriteError("no graph in the model")
    graph_fields = _fields(_payload(top[graphs[0]][2]))
    nodes = {i: _node(raw) for i, (n, _, raw) in enumerate(graph_fields) if n == _GRAPH_NODE}
    dims = dict(_tensor_dims(raw) for n, _, raw in graph_fields if n == _GRAPH_INIT)
    producer = {out: i for i, node in nodes.items() for out in node.outputs}
    consumers: dict[str, int] = {}
    for node in nodes.values():
        for name in node.inputs:
            consumers[name] = consumers.get(name, 0) + 1
    return _Graph(top, graphs[0], graph_fields, nodes, dims, producer, consumers)


def _dequantised(g: _Graph, value: str) -> tuple[str, str, int, int] | None:
    """(int8 initializer, scale initializer, Mul node, Cast node) when `value` is Mul(Cast(q), scale) read only
    once, else None."""
    mul_i = g.producer.get(value)
    if mul_i is None or g.nodes[mul_i].op != "Mul" or g.consumers.get(value) != 1:
        return None
    casted, scale = g.nodes[mul_i].inputs
    cast_i = g.producer.get(casted)
    if cast_i is None or g.nodes[cast_i].op != "Cast" or g.consumers.get(casted) != 1:
        return None
    return g.nodes[cast_i].inputs[0], scale, mul_i, cast_i


def _assemble(g: _Graph, replace: dict[int, bytes], drop: set[int]) -> bytes:
    """The model with graph nodes replaced and dropped. One copy of the model's bytes: the new graph's pieces are
    joined straight into the new model."""
    pieces: list[bytes | memoryview] = [
        replace[i] if i in replace else raw for i, (_, _, raw) in enumerate(g.fields) if i not in drop
    ]
    size = sum(len(p) for p in pieces)
    head = _enc_varint(_MODEL_GRAPH << 3 | _LEN) + _enc_varint(size)
    out: list[bytes | memoryview] = []
    for i, (_, _, raw) in enumerate(g.top):
        out.extend([head, *pieces] if i == g.at else [raw])
    return b"".join(out)


def _rewrite(model: bytes) -> tuple[bytes, list[str]]:
    g = _graph(model)
    nodes, dims = g.nodes, g.dims
    replace: dict[int, bytes] = {}
    drop: set[int] = set()
    rewritten = []
    for i, node in nodes.items():
        if node.op != "Gather" or len(node.inputs) != 2 or not all(map(_is_axis_0, node.attributes)):
            continue  # an `axis` other than 0 would gather columns, which the per-row scale does not fit
        table, ids = node.inputs
        found = _dequantised(g, table)
        if found is None:
            continue
        quantized, scale, mul_i, cast_i = found
        q_dims, s_dims = dims.get(quantized), dims.get(scale)
        # One scale per row (shape (rows, 1)): gathering rows of the scale gives each looked-up row its own.
        if not q_dims or len(q_dims) != 2 or s_dims != [q_dims[0], 1]:
            continue
        rows = node.outputs[0]
        replace[i] = (
            _make_node("Gather", [quantized, ids], [f"{rows}__q"], f"{rows}__gather_q")
            + _make_node("Gather", [scale, ids], [f"{rows}__scale"], f"{rows}__gather_scale")
            + _make_node("Cast", [f"{rows}__q"], [f"{rows}__f"], f"{rows}__cast", nodes[cast_i].attributes)
            + _make_node("Mul", [f"{rows}__f", f"{rows}__scale"], [rows], f"{rows}__dequantize")
        )
        drop |= {mul_i, cast_i}
        rewritten.append(table)
    if not rewritten:
        return bytes(model), []
    return _assemble(g, replace, drop), rewritten


_INT8 = 3  # TensorProto.DataType
_FLOAT = 1
_TENSOR_DATA_TYPE = 2


def _tensor_types(graph_fields) -> dict[str, int]:
    out = {}
    for n, _, raw in graph_fields:
        if n != _GRAPH_INIT:
            continue
        name, dtype = "", 0
        for number, wire, f in _fields(_payload(raw)):
            if number == _TENSOR_NAME:
                name = _str(f)
            elif number == _TENSOR_DATA_TYPE and wire == _VARINT:
                dtype = _varint(f, _varint(f, 0)[1])[0]
        out[name] = dtype
    return out


def _cast_to_float() -> bytes:
    """NodeProto.attribute `to` = FLOAT (AttributeProto: name 1, i 3, type 20 = INT)."""
    attr = _len_field(1, b"to") + _enc_varint(3 << 3 | _VARINT) + _enc_varint(_FLOAT)
    attr += _enc_varint(20 << 3 | _VARINT) + _enc_varint(2)
    return _len_field(5, attr)


_UINT8 = 2
_TENSOR_RAW_DATA = 9
_ZERO_POINT_NAME = "__uint8_zero_point_128"
_FLIP_TOP_BIT = bytes(b ^ 0x80 for b in range(256))
# TensorProto: a uint8 scalar 128, the weights' zero point once they are stored offset by 128.
_ZERO_POINT_128 = _len_field(
    _GRAPH_INIT,
    _enc_varint(_TENSOR_DATA_TYPE << 3 | _VARINT)
    + _enc_varint(_UINT8)
    + _len_field(_TENSOR_NAME, _ZERO_POINT_NAME.encode())
    + _len_field(_TENSOR_RAW_DATA, b"\x80"),
)


def _unsigned_weight(raw_field: memoryview) -> bytes | None:
    """The int8 initializer stored as uint8 offset by 128 (each byte's top bit flipped: w + 128 mod 256), same
    name and dims; None when its values are not in raw_data."""
    body: list[bytes] = []
    found = False
    for number, wire, raw in _fields(_payload(raw_field)):
        if number == _TENSOR_DATA_TYPE and wire == _VARINT:
            body.append(_enc_varint(_TENSOR_DATA_TYPE << 3 | _VARINT) + _enc_varint(_UINT8))
        elif number == _TENSOR_RAW_DATA and wire == _LEN:
            body.append(_len_field(_TENSOR_RAW_DATA, bytes(_payload(raw)).translate(_FLIP_TOP_BIT)))
            found = True
        else:
            body.append(bytes(raw))
    return _len_field(_GRAPH_INIT, b"".join(body)) if found else None


def integer_matmuls(model: bytes) -> tuple[bytes, list[str]]:
    """The model with each `MatMul` by a dequantised, column-scaled int8 weight rewritten to multiply in int8:

        MatMul(A, Mul(Cast(W_q), s))  ->  Mul(Cast(MatMulInteger(A_q, W_q + 128, A_zp, 128)), A_scale * s)

    where (A_q, A_scale, A_zp) = DynamicQuantizeLinear(A), the activations quantised per run (onnxruntime fuses
    the chain into its own integer kernels). The weights are stored as uint8 offset by 128 (zero point 128):
    onnxruntime's uint8 x int8 kernel for x86 CPUs without VNNI sums pairs of products in 16 bits and saturates,
    so vectors depended on the machine's CPU (cosine 0.985-0.995 between two machines); uint8 x uint8 is exact
    on every CPU, and as fast where VNNI is there. Where onnxruntime otherwise folds every weight to float32 at session
    creation and streams 42 MB of it per run, this reads the int8 weights (a quarter of the bytes): 1.7-3.3x
    faster a question on CPU. Not bit-identical (the activations are rounded to 8 bits): vectors agree with the
    float path to a cosine of about 0.99, so stored vectors made by the other path are recomputed
    (vectors.forget_other_model). Returns the new bytes and the names of the rewritten weights."""
    try:
        return _rewrite_matmuls(model)
    except (IndexError, UnicodeDecodeError) as exc:
        raise GraphRewriteError(f"not an ONNX model: {type(exc).__name__}") from exc


def _rewrite_matmuls(model: bytes) -> tuple[bytes, list[str]]:
    g = _graph(model)
    types = _tensor_types(g.fields)
    inits = {_tensor_dims(raw)[0]: i for i, (n, _, raw) in enumerate(g.fields) if n == _GRAPH_INIT}
    replace: dict[int, bytes] = {}
    drop: set[int] = set()
    rewritten = []
    for i, node in g.nodes.items():
        if node.op != "MatMul" or len(node.inputs) != 2:
            continue
        activations, weight = node.inputs
        found = _dequantised(g, weight)
        if found is None:
            continue
        quantized, scale, mul_i, cast_i = found
        q_dims, s_dims = g.dims.get(quantized), g.dims.get(scale)
        # int8 (K, N) with one scale per output column (shape (1, N)): the scale factors out of the sum over K.
        if types.get(quantized) != _INT8 or not q_dims or len(q_dims) != 2 or s_dims != [1, q_dims[1]]:
            continue
        init_i = inits.get(quantized)
        if init_i is None or g.consumers[quantized] != 1:
            continue  # only a weight this product alone reads can be stored offset
        unsigned = _unsigned_weight(g.fields[init_i][2])
        if unsigned is None:
            continue
        replace[init_i] = unsigned + (b"" if rewritten else _ZERO_POINT_128)
        out = node.outputs[0]
        replace[i] = (
            _make_node(
                "DynamicQuantizeLinear", [activations], [f"{out}__aq", f"{out}__as", f"{out}__azp"], f"{out}__qa"
            )
            + _make_node(
                "MatMulInteger",
                [f"{out}__aq", quantized, f"{out}__azp", _ZERO_POINT_NAME],
                [f"{out}__acc"],
                f"{out}__mmi",
            )
            + _make_node("Cast", [f"{out}__acc"], [f"{out}__accf"], f"{out}__cast", [memoryview(_cast_to_float())])
            + _make_node("Mul", [f"{out}__as", scale], [f"{out}__scale"], f"{out}__scales")
            + _make_node("Mul", [f"{out}__accf", f"{out}__scale"], [out], f"{out}__dequantize")
        )
        drop |= {mul_i, cast_i}
        rewritten.append(quantized)
    if not rewritten:
        return bytes(model), []
    return _assemble(g, replace, drop), rewritten
