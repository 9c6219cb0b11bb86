#!/usr/bin/env python3
"""Validate Web Annotation Data Model JSON with the W3C web-platform-tests suite.

usage: validate.py [-v] [--no-optional] [--suite DIR] FILE.json
       validate.py --check-environment

pingdian's own runner for the suite (it is not part of web-platform-tests): adapted from the
validate.py that came with the reference copy of the suite these files were taken from, with
--check-environment added and the jsonschema version checked. See README.md in this folder.

FILE may hold a single Annotation, a JSON array of them, an AnnotationPage
(its ``items`` are checked) or an AnnotationCollection (the collection, its
embedded ``first`` page and that page's ``items`` are checked).

The checks are the assertion files of web-platform-tests ``annotation-model/``
(saved next to this script, see README.md).
They are run the way the suite's harness (``scripts/JSONtest.js``, ajv 4.0.4)
runs them:

* each ``.test`` file lists assertions: file paths relative to annotation-model/
  (or inline objects, nested lists, and condition objects with ``compareWith``);
* each assertion is a draft-04 JSON Schema whose ``$ref``s point at the
  definitions in ``definitions/*.json`` by their ``id`` (``"bodyTarget.json"``);
  they are resolved locally, never over the network;
* the assertion passes when validation gives ``expectedResult`` (``valid`` by
  default); ``assertionType`` is ``must`` (default), ``should`` or ``may``;
  ``onUnexpectedResult`` ``failAndSkip`` / ``failAndAbort`` skip the rest of the
  list / the rest of the test after an unexpected result;
* as in ajv 4.0.4, keywords beside a ``$ref`` are applied too (draft-04 says to
  ignore them; the suite's definitions rely on ajv's behaviour);
* formats are checked like ajv's default ("fast") mode: ``date-time`` and
  ``uri`` with ajv's regular expressions; ``integer`` accepts 1.0 as JavaScript does.

MUST checks: annotations/annotationMusts.test on every annotation (54 assertions:
annotation keys, bodies/targets, specific resources, selectors, states);
collections/collectionMusts.test on an AnnotationCollection;
collections/pages/pageMusts.test on an AnnotationPage, or on a collection that
embeds its first page (the suite's page assertions accept both shapes).
SHOULD/MAY checks (informational): annotationOptionals.test,
annotationsAgentOptionals.test, collectionOptionals.test, pageOptionals.test.

An annotation embedded in a page/collection that has no ``@context`` of its own
is checked with the container's ``@context`` (JSON-LD inheritance), as the
suite's own correct sample ``tools/samples/correct/collection1.json`` does.

Output: one line per failed MUST, a line of SHOULD/MAY counts, and last
``w3c: N annotations, M MUST failures``.  Exit 0 when M == 0, 1 when M > 0,
2 when the file or the suite cannot be read.
"""

import argparse
import copy
import glob
import json
import os
import re
import sys

NEEDS = "python3 with the 'jsonschema' (>= 4.18) and 'referencing' packages"

try:
    from importlib.metadata import version as _installed_version
    from jsonschema import Draft4Validator, FormatChecker, validators
    from jsonschema.exceptions import best_match
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4
except ImportError as exc:  # pragma: no cover - environment problem
    sys.stderr.write("w3c_validate: needs %s: %s\n" % (NEEDS, exc))
    sys.exit(2)

def _version_tuple(text):
    return tuple(int(part) for part in re.findall(r"\d+", text)[:2])

try:
    JSONSCHEMA_VERSION = _installed_version("jsonschema")
except Exception:  # pragma: no cover - installed without metadata
    JSONSCHEMA_VERSION = "unknown"
if JSONSCHEMA_VERSION != "unknown" and _version_tuple(JSONSCHEMA_VERSION) < (4, 18):
    sys.stderr.write("w3c_validate: needs %s; found jsonschema %s\n" % (NEEDS, JSONSCHEMA_VERSION))
    sys.exit(2)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SUITE = HERE

MUST_TESTS = {
    "annotation": ["annotations/annotationMusts.test"],
    "collection": ["collections/collectionMusts.test"],
    "page": ["collections/pages/pageMusts.test"],
}
OPTIONAL_TESTS = {
    "annotation": ["annotations/annotationOptionals.test",
                   "annotations/annotationsAgentOptionals.test"],
    "collection": ["collections/collectionOptionals.test"],
    "page": ["collections/pages/pageOptionals.test"],
}

# ajv 4.0.4 "fast" formats (scripts/ajv.min.js), anchored with \Z as JS's $ is.
_AJV_FAST = {
    "date-time": r"^\d\d\d\d-[0-1]\d-[0-3]\d[t\s][0-2]\d:[0-5]\d:[0-5]\d(?:\.\d+)?(?:z|[+-]\d\d:\d\d)\Z",
    "date": r"^\d\d\d\d-[0-1]\d-[0-3]\d\Z",
    "time": r"^[0-2]\d:[0-5]\d:[0-5]\d(?:\.\d+)?(?:z|[+-]\d\d:\d\d)?\Z",
    "uri": r"^(?:[a-z][a-z0-9+-.]*)?(?::|/)/?[^\s]*\Z",
    "email": r"^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
             r"(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\Z",
}
FORMATS = FormatChecker(formats=())
for _name, _pattern in _AJV_FAST.items():
    _rx = re.compile(_pattern, re.IGNORECASE | re.ASCII)
    FORMATS.checks(_name)(lambda value, _rx=_rx: not isinstance(value, str) or bool(_rx.match(value)))


def _js_integer(checker, instance):
    """JavaScript has one number type: 1.0 is an integer for ajv."""
    if isinstance(instance, bool):
        return False
    return isinstance(instance, int) or (isinstance(instance, float) and instance.is_integer())


# Draft-04 keywords, but -- like ajv 4.0.4, whose generated validators apply every
# keyword present -- keywords next to "$ref" are NOT ignored.  The suite relies on
# this, e.g. specificResource.json#/definitions/specificeResourceDetected is
# {"$ref": "#/definitions/sourceDetected", "anyOf": [selector, state, ...]}.
Validator = validators.create(
    meta_schema=Draft4Validator.META_SCHEMA,
    validators=Draft4Validator.VALIDATORS,
    type_checker=Draft4Validator.TYPE_CHECKER.redefine("integer", _js_integer),
    format_checker=FORMATS,
    id_of=Draft4Validator.ID_OF,
    applicable_validators=lambda schema: schema.items(),
)


class SuiteError(Exception):
    """The saved suite is missing or unreadable."""


class Suite:
    """The saved annotation-model assertions, compiled once."""

    def __init__(self, root):
        self.root = root
        defs = sorted(glob.glob(os.path.join(root, "definitions", "*.json")))
        if not defs:
            raise SuiteError("no definitions/*.json under %s" % root)
        resources = []
        for path in defs:
            schema = self._load(path)
            uri = schema.get("id") or schema.get("$id") or os.path.basename(path)
            resources.append((uri, Resource.from_contents(schema, default_specification=DRAFT4)))
        self.registry = Registry().with_resources(resources)
        self._validators = {}  # id(schema) -> (schema, compiled validator)
        self._files = {}

    @staticmethod
    def _load(path):
        try:
            with open(path, encoding="utf-8") as handle:
                return json.load(handle)
        except (OSError, ValueError) as exc:
            raise SuiteError("cannot read %s: %s" % (path, exc))

    def test(self, rel):
        return self._load(os.path.join(self.root, rel))

    def assertion(self, ref, test_dir):
        """Resolve an assertion reference the way JSONtest._parseURI does."""
        if isinstance(ref, dict):
            if "assertionFile" in ref and "assertions" not in ref:
                merged = dict(self.assertion(ref["assertionFile"], test_dir)[0])
                merged.update({k: v for k, v in ref.items() if k != "assertionFile"})
                return merged, ref["assertionFile"]
            return ref, "(inline)"
        rel = ref if "/" in ref else os.path.join(test_dir, ref)
        if rel not in self._files:
            self._files[rel] = self._load(os.path.join(self.root, rel.lstrip("/")))
        return self._files[rel], rel

    def validator(self, schema):
        key = id(schema)
        if key not in self._validators:
            self._validators[key] = (schema, Validator(schema, registry=self.registry, format_checker=FORMATS))
        return self._validators[key][1]


class Report:
    def __init__(self, verbose):
        self.verbose = verbose
        self.must_failures = 0
        self.optional = {"should": [0, 0], "may": [0, 0]}  # [satisfied, total]
        self.skipped = 0

    def must_fail(self, where, name, schema, error):
        self.must_failures += 1
        message = schema.get("errorMessage") or schema.get("title") or "result was not %s" % \
            schema.get("expectedResult", "valid")
        print("MUST FAIL %s: %s: %s" % (where, name, message))
        if self.verbose:
            if schema.get("title"):
                print("    title: %s" % schema["title"])
            if error is not None:
                path = "".join("[%r]" % p if isinstance(p, int) else ".%s" % p for p in error.absolute_path)
                print("    detail: $%s: %s" % (path, error.message[:300]))

    def optional_result(self, where, name, schema, kind, ok):
        self.optional[kind][1] += 1
        if ok:
            self.optional[kind][0] += 1
        elif self.verbose:
            print("    (%s not met) %s: %s: %s" % (kind.upper(), where, name,
                                                 schema.get("errorMessage") or schema.get("title")))


def run_test(suite, test_rel, instance, where, report, count_optional):
    test = suite.test(test_rel)
    test_dir = os.path.dirname(test_rel)

    def run_list(assertions):
        action = "continue"
        results = []
        for ref in assertions:
            if action == "abort":
                break
            if isinstance(ref, list):
                sub_action, sub_results = run_list(ref)
                results.extend(sub_results)
                if sub_action == "abort":
                    action = "abort"
                continue
            schema, name = suite.assertion(ref, test_dir)
            kind = str(schema.get("assertionType", "must")).lower()
            if kind not in ("must", "should", "may"):
                kind = "must"
            if action != "continue":
                report.skipped += 1
                continue
            error = None
            if "assertions" in schema:  # condition object
                _, child = run_list_quiet(schema["assertions"])
                valid = any(child) if schema.get("compareWith") == "or" else all(child)
            else:
                validator = suite.validator(schema)
                error = best_match(validator.iter_errors(instance))
                valid = error is None
            ok = valid if schema.get("expectedResult", "valid") == "valid" else not valid
            results.append(ok)
            if kind == "must":
                if not ok:
                    report.must_fail(where, name, schema, error)
            elif count_optional:
                report.optional_result(where, name, schema, kind, ok)
            if not ok:
                action = {"failAndSkip": "skip", "passAndSkip": "skip",
                          "failAndAbort": "abort", "passAndAbort": "abort"}.get(
                              schema.get("onUnexpectedResult", "failAndContinue"), "continue")
        return action, results

    def run_list_quiet(assertions):
        """Children of a condition object only feed the and/or of their parent."""
        results = []
        for ref in assertions:
            if isinstance(ref, list):
                results.extend(run_list_quiet(ref)[1])
                continue
            schema, name = suite.assertion(ref, test_dir)
            if "assertions" in schema:
                child = run_list_quiet(schema["assertions"])[1]
                valid = any(child) if schema.get("compareWith") == "or" else all(child)
            else:
                valid = suite.validator(schema).is_valid(instance)
            results.append(valid if schema.get("expectedResult", "valid") == "valid" else not valid)
        return "continue", results

    run_list(test.get("assertions", []))


def types_of(obj):
    value = obj.get("type", obj.get("@type", [])) if isinstance(obj, dict) else []
    return set(value if isinstance(value, list) else [value])


def describe(path, obj):
    ident = obj.get("id", obj.get("@id")) if isinstance(obj, dict) else None
    return "%s <%s>" % (path, ident) if isinstance(ident, str) else path


def check(suite, doc, report, optional=True):
    """Walk the document; returns the number of annotations checked."""
    annotations = []  # (path, object, inherited_context)

    def items_of(page, path, context):
        items = page.get("items")
        if not isinstance(items, list):
            return
        for i, item in enumerate(items):
            if isinstance(item, dict):
                annotations.append(("%s.items[%d]" % (path, i), item, context))
            elif report.verbose:
                print("    note: %s.items[%d] is a reference, not an embedded annotation" % (path, i))

    def visit(obj, path, context):
        if not isinstance(obj, dict):
            print("MUST FAIL %s: not a JSON object (%s)" % (path, type(obj).__name__))
            report.must_failures += 1
            return
        kinds = types_of(obj)
        ctx = obj.get("@context", context)
        if "AnnotationCollection" in kinds:
            run_test(suite, MUST_TESTS["collection"][0], obj, describe(path + " collection", obj), report, optional)
            if optional:
                for rel in OPTIONAL_TESTS["collection"]:
                    run_test(suite, rel, obj, describe(path + " collection", obj), report, optional)
            first = obj.get("first")
            if isinstance(first, dict):
                # pageMusts accepts "an Annotation Collection with an embedded Page"
                run_test(suite, MUST_TESTS["page"][0], obj, describe(path + ".first page", first), report, optional)
                if optional:
                    for rel in OPTIONAL_TESTS["page"]:
                        run_test(suite, rel, obj, describe(path + ".first page", first), report, optional)
                items_of(first, path + ".first", first.get("@context", ctx))
            else:
                print("    note: %s collection does not embed its first page; no annotations to check" % path)
        elif "AnnotationPage" in kinds:
            run_test(suite, MUST_TESTS["page"][0], obj, describe(path + " page", obj), report, optional)
            if optional:
                for rel in OPTIONAL_TESTS["page"]:
                    run_test(suite, rel, obj, describe(path + " page", obj), report, optional)
            items_of(obj, path, ctx)
        else:
            annotations.append((path, obj, None))

    if isinstance(doc, list):
        for i, element in enumerate(doc):
            visit(element, "$[%d]" % i, None)
    else:
        visit(doc, "$", None)

    for path, anno, context in annotations:
        where = describe(path, anno)
        if "@context" not in anno and context is not None:
            anno = dict(anno)
            anno["@context"] = copy.deepcopy(context)
            if report.verbose:
                print("    note: %s inherits @context from its container" % where)
        for rel in MUST_TESTS["annotation"]:
            run_test(suite, rel, anno, where, report, optional)
        if optional:
            for rel in OPTIONAL_TESTS["annotation"]:
                run_test(suite, rel, anno, where, report, optional)
    return len(annotations)


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Check Web Annotation JSON against the MUST assertions of the W3C "
                    "web-platform-tests annotation-model suite.")
    if argv is None:
        argv = sys.argv[1:]
    if argv == ["--check-environment"]:
        print("w3c_validate: python %s, jsonschema %s: ready" % (sys.version.split()[0], JSONSCHEMA_VERSION))
        return 0
    parser.add_argument("file", metavar="FILE.json", help="annotation, array, AnnotationPage or AnnotationCollection")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="show assertion titles, schema error details and unmet SHOULD/MAY checks")
    parser.add_argument("--no-optional", action="store_true",
                        help="skip the SHOULD/MAY tests (about 3x faster on large exports)")
    parser.add_argument("--suite", default=DEFAULT_SUITE, help="folder holding the saved annotation-model files")
    args = parser.parse_args(argv)

    try:
        with open(args.file, encoding="utf-8-sig") as handle:
            doc = json.load(handle)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        sys.stderr.write("w3c_validate: cannot read %s: %s\n" % (args.file, exc))
        return 2
    try:
        suite = Suite(args.suite)
        report = Report(args.verbose)
        count = check(suite, doc, report, optional=not args.no_optional)
    except SuiteError as exc:
        sys.stderr.write("w3c_validate: %s\n" % exc)
        return 2

    should, may = report.optional["should"], report.optional["may"]
    if args.no_optional:
        print("w3c optional (informational): not run (--no-optional)")
    else:
        print("w3c optional (informational): SHOULD %d/%d met, MAY %d/%d met%s" % (
            should[0], should[1], may[0], may[1],
            ", %d assertions skipped by onUnexpectedResult" % report.skipped if report.skipped else ""))
    print("w3c: %d annotations, %d MUST failures" % (count, report.must_failures))
    return 0 if report.must_failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
