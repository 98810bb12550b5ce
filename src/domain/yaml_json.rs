//! Converting a located YAML tree to JSON for storage, keeping what the author typed: plain
//! scalars get YAML 1.2 core types, quoted ones stay strings, and numbers whose JSON form would
//! change their text (`1.10`, `01`) stay strings. Pure.

use crate::domain::yaml_tree::{YamlNode, YamlValue};

impl YamlNode {
    /// JSON for storage: plain scalars get YAML 1.2 core types, quoted ones stay strings;
    /// a plain number whose JSON form would change its text (`1.10`, `01`) stays a string.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value;
        match &self.value {
            YamlValue::Scalar { text, plain: false } => Value::String(text.clone()),
            YamlValue::Scalar { text, plain: true } => plain_scalar_json(text),
            YamlValue::Seq(items) => Value::Array(items.iter().map(YamlNode::to_json).collect()),
            YamlValue::Map(entries) => {
                let mut map = serde_json::Map::new();
                for (k, v) in entries {
                    let key = k
                        .as_str()
                        .map_or_else(|| k.to_json().to_string(), str::to_string);
                    map.entry(key).or_insert_with(|| v.to_json());
                }
                Value::Object(map)
            }
        }
    }
}

fn plain_scalar_json(text: &str) -> serde_json::Value {
    use serde_json::Value;
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Ok(n) = text.parse::<i64>()
        && n.to_string() == text
    {
        return Value::from(n);
    }
    if let Ok(f) = text.parse::<f64>()
        && let Some(number) = serde_json::Number::from_f64(f)
        && number.to_string() == text
    {
        return Value::Number(number);
    }
    Value::String(text.to_string())
}
