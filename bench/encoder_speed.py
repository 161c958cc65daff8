"""Tagging speed a transformer encoder would have here: subword tokens per second of
BERT-shaped encoders on one CPU thread, the unit of the NER speed goal (≥ 20,000 tokens/s
per core; the CRF extractor does 31,000 to 37,000 words/s, `make eval-ner`).

The anchors of the NER dev targets are IndoBERT-large and NusaBERT-large (BERT-large
shape); IndoBERT-base has BERT-base's; MiniLM-L6-H384 is the smallest common encoder.
Speed depends on the shape, not the weights, so the weights are random: no model is
fetched. Neither torch nor transformers is a dependency of the project; run it in a
scratch environment (torch 2.13.0 is the CPU build on this machine's disk):

    python -m venv /tmp/encoders && /tmp/encoders/bin/pip install torch==2.13.0 transformers==5.23.0
    /tmp/encoders/bin/python bench/encoder_speed.py
"""

from __future__ import annotations

import time

import torch
from transformers import BertConfig, BertModel

SHAPES = {
    "MiniLM-L6-H384": {"num_hidden_layers": 6, "hidden_size": 384, "num_attention_heads": 12, "intermediate_size": 1536},
    "BERT-base (IndoBERT-base)": {"num_hidden_layers": 12, "hidden_size": 768, "num_attention_heads": 12,
                                  "intermediate_size": 3072},
    "BERT-large (IndoBERT-large, NusaBERT-large)": {"num_hidden_layers": 24, "hidden_size": 1024,
                                                    "num_attention_heads": 16, "intermediate_size": 4096},
}
VOCABULARY = 32000
BATCH, LENGTH = 16, 128  # sixteen sentences of 128 subwords, a usual batch for tagging
RUNS = 3


def main() -> None:
    torch.set_num_threads(1)
    torch.manual_seed(0)
    for name, shape in SHAPES.items():
        model = BertModel(BertConfig(vocab_size=VOCABULARY, **shape)).eval()
        ids = torch.randint(0, VOCABULARY, (BATCH, LENGTH))
        with torch.inference_mode():
            model(ids)  # warm-up
            start = time.perf_counter()
            for _ in range(RUNS):
                model(ids)
            seconds = time.perf_counter() - start
        print(f"{name}: {BATCH * LENGTH * RUNS / seconds:,.0f} subword tokens/s on one thread", flush=True)


if __name__ == "__main__":
    main()
