#!/usr/bin/env python3
"""The reference for pingdian's agreement numbers (AgreementReferenceTests; Docs/together.md):
reads {"units": [[label or null per reader] per unit]} as JSON on standard input and prints
{"alpha": Krippendorff's nominal alpha from the PyPI krippendorff package,
 "kappa": [[i, j, Cohen's kappa from scikit-learn] for each pair of readers]}."""
import json
import math
import sys

import krippendorff
from sklearn.metrics import cohen_kappa_score

data = json.load(sys.stdin)
units = data["units"]
readers = len(units[0]) if units else 0
labels = sorted({value for unit in units for value in unit if value is not None})
code = {label: number for number, label in enumerate(labels)}
# krippendorff wants readers × units, with nan for a missing value.
matrix = [[code[unit[r]] if unit[r] is not None else math.nan for unit in units] for r in range(readers)]
alpha = float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))
kappas = []
for i in range(readers):
    for j in range(i + 1, readers):
        pairs = [(unit[i], unit[j]) for unit in units if unit[i] is not None and unit[j] is not None]
        first = [a for a, _ in pairs]
        second = [b for _, b in pairs]
        kappas.append([i, j, float(cohen_kappa_score(first, second))])
print(json.dumps({"alpha": alpha, "kappa": kappas}))
