#pragma once
// The "data" section of an experiment file: where the data comes from and how it is shaped.
//   "data": {"source": "csv",
//            "csv": {"path": "prices.csv", "delimiter": "auto", "header": "auto",
//                    "decimal_comma": "auto", "missing": "interpolate",
//                    "columns": ["close"], "target": "close", "label": "date"},
//            "generator": {"name": "sine", "seed": 1, "parameters": {"period": 50}},
//                    (a symbolic task's once trained: "vocabulary": ["(", ")"])
//            "bundled": "sunspots",
//            "text": {"path": "book.txt", "vocabulary": ["", "\n", " ", "a", ...]},
//                    (or {"bundled": "us_constitution", ...}; "vocabulary" once trained)
//            "labelled": {"path": "reviews.tsv", "label_column": "label",
//                         "text_column": "text", "id_column": "id", "value_columns": ["x"],
//                         "vocabulary": ["", "\n", " ", ...], "classes": ["neg", "pos"]},
//                    (or {"bundled": "sentiment_en", ...}; the columns matter for a CSV,
//                     "vocabulary" (sentences) and "classes" once trained)
//            "window": {"length": 20, "horizon": 1, "stride": 1, "mode": "many_to_one"},
//            "split": {"train": 0.7, "validation": 0.15},
//            "normalisation": "zscore", "target_kind": "regression",
//            "normaliser": {"kind": "zscore", "offset": [...], "scale": [...]},
//            "embedded": {"names": [...], "columns": [[...]], "inputs": [0], "target": 0,
//                         "label_name": "date", "labels": [...]}}
// Only the part for the "source" is needed; "normaliser" (the fitted parameters, written for
// reference) and "embedded" (the data itself) are optional.

#include <QJsonObject>
#include <optional>

#include "core/data/normaliser.h"
#include "core/io/json_fields.h"
#include "core/train/data_source.h"

namespace rnnlab {

// normaliser: the fitted parameters to record, if the data was built.
QJsonObject dataSourceJson(const DataSource& source, const NormaliserParams* normaliser);

DataSource parseDataSource(const QJsonObject& data, const JsonPath& where);

}  // namespace rnnlab
