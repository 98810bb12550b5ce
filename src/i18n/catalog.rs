//! The message files, embedded, and one Fluent bundle per language built from them on first
//! use. The bundles never change afterwards, so they are shared without locks or races.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

use super::{Lang, Value, format};

/// Every message file: (language tag, file name, text). A new file is added here and in the
/// other language's folder; `docs/i18n.md`.
pub const FILES: &[(&str, &str, &str)] = &[
    (
        "en",
        "cli.ftl",
        include_str!("../../assets/i18n/en/cli.ftl"),
    ),
    (
        "en",
        "cli-clap.ftl",
        include_str!("../../assets/i18n/en/cli-clap.ftl"),
    ),
    (
        "en",
        "issues.ftl",
        include_str!("../../assets/i18n/en/issues.ftl"),
    ),
    (
        "en",
        "tui.ftl",
        include_str!("../../assets/i18n/en/tui.ftl"),
    ),
    (
        "en",
        "tui-course.ftl",
        include_str!("../../assets/i18n/en/tui-course.ftl"),
    ),
    (
        "en",
        "tui-lesson.ftl",
        include_str!("../../assets/i18n/en/tui-lesson.ftl"),
    ),
    (
        "en",
        "tui-panels.ftl",
        include_str!("../../assets/i18n/en/tui-panels.ftl"),
    ),
    (
        "en",
        "tui-app.ftl",
        include_str!("../../assets/i18n/en/tui-app.ftl"),
    ),
    (
        "en",
        "errors.ftl",
        include_str!("../../assets/i18n/en/errors.ftl"),
    ),
    (
        "en",
        "errors-domain.ftl",
        include_str!("../../assets/i18n/en/errors-domain.ftl"),
    ),
    (
        "en",
        "errors-storage.ftl",
        include_str!("../../assets/i18n/en/errors-storage.ftl"),
    ),
    (
        "en",
        "errors-config.ftl",
        include_str!("../../assets/i18n/en/errors-config.ftl"),
    ),
    (
        "en",
        "errors-services.ftl",
        include_str!("../../assets/i18n/en/errors-services.ftl"),
    ),
    (
        "pt-BR",
        "cli.ftl",
        include_str!("../../assets/i18n/pt-BR/cli.ftl"),
    ),
    (
        "pt-BR",
        "cli-clap.ftl",
        include_str!("../../assets/i18n/pt-BR/cli-clap.ftl"),
    ),
    (
        "pt-BR",
        "issues.ftl",
        include_str!("../../assets/i18n/pt-BR/issues.ftl"),
    ),
    (
        "pt-BR",
        "tui.ftl",
        include_str!("../../assets/i18n/pt-BR/tui.ftl"),
    ),
    (
        "pt-BR",
        "tui-course.ftl",
        include_str!("../../assets/i18n/pt-BR/tui-course.ftl"),
    ),
    (
        "pt-BR",
        "tui-lesson.ftl",
        include_str!("../../assets/i18n/pt-BR/tui-lesson.ftl"),
    ),
    (
        "pt-BR",
        "tui-panels.ftl",
        include_str!("../../assets/i18n/pt-BR/tui-panels.ftl"),
    ),
    (
        "pt-BR",
        "tui-app.ftl",
        include_str!("../../assets/i18n/pt-BR/tui-app.ftl"),
    ),
    (
        "pt-BR",
        "errors.ftl",
        include_str!("../../assets/i18n/pt-BR/errors.ftl"),
    ),
    (
        "pt-BR",
        "errors-domain.ftl",
        include_str!("../../assets/i18n/pt-BR/errors-domain.ftl"),
    ),
    (
        "pt-BR",
        "errors-storage.ftl",
        include_str!("../../assets/i18n/pt-BR/errors-storage.ftl"),
    ),
    (
        "pt-BR",
        "errors-config.ftl",
        include_str!("../../assets/i18n/pt-BR/errors-config.ftl"),
    ),
    (
        "pt-BR",
        "errors-services.ftl",
        include_str!("../../assets/i18n/pt-BR/errors-services.ftl"),
    ),
];

type Bundle = FluentBundle<FluentResource>;

struct Catalog {
    en: Bundle,
    pt_br: Bundle,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| Catalog {
    en: bundle(Lang::En),
    pt_br: bundle(Lang::PtBr),
});

fn resources(lang: Lang) -> impl Iterator<Item = (&'static str, FluentResource)> {
    FILES
        .iter()
        .filter(move |(tag, ..)| *tag == lang.tag())
        .map(move |(_, name, text)| {
            // A syntax error keeps the rest of the file; the message-file tests report it.
            let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, e)| {
                tracing::error!("assets/i18n/{}/{name}: {e:?}", lang.tag());
                r
            });
            (*name, resource)
        })
}

fn bundle(lang: Lang) -> Bundle {
    let id = lang
        .tag()
        .parse::<unic_langid::LanguageIdentifier>()
        .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around values: the output is a terminal, not mixed-direction
    // text, and English must stay byte for byte what it was.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => format::format_en,
        Lang::PtBr => format::format_pt_br,
    }));
    for (name, resource) in resources(lang) {
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!("assets/i18n/{}/{name}: {errors:?}", lang.tag());
        }
    }
    bundle
}

fn bundle_of(lang: Lang) -> &'static Bundle {
    match lang {
        Lang::En => &CATALOG.en,
        Lang::PtBr => &CATALOG.pt_br,
    }
}

/// Formats `id` (or its `.attribute`); on any problem, the best text Fluent could make and
/// what went wrong.
pub(super) fn format(
    lang: Lang,
    id: &str,
    attribute: Option<&str>,
    values: &[(&str, Value<'_>)],
) -> Result<String, (String, Vec<String>)> {
    let bundle = bundle_of(lang);
    let Some(message) = bundle.get_message(id) else {
        return Err((id.to_string(), vec![format!("no message `{id}`")]));
    };
    let pattern = match attribute {
        Some(name) => message.get_attribute(name).map(|a| a.value()),
        None => message.value(),
    };
    let Some(pattern) = pattern else {
        let what = attribute.map_or_else(|| "a value".to_string(), |a| format!("`.{a}`"));
        return Err((
            id.to_string(),
            vec![format!("message `{id}` has no {what}")],
        ));
    };
    let mut args = FluentArgs::with_capacity(values.len());
    for (name, value) in values {
        args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned();
    if errors.is_empty() {
        Ok(text)
    } else {
        Err((text, errors.iter().map(ToString::to_string).collect()))
    }
}

/// Every message id of a language, with its attributes (`id`, `id.hint`), and the variables
/// each one uses (those of the messages it references too, which see the same values): what
/// the tests compare between languages and with the code.
pub fn message_variables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut own = BTreeMap::new();
    let mut refs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (_, resource) in resources(lang) {
        for entry in resource.entries() {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let mut add = |key: String, pattern: &ast::Pattern<&str>| {
                let mut found = Found::default();
                pattern_vars(pattern, &mut found);
                own.insert(key.clone(), found.vars);
                refs.insert(key, found.refs);
            };
            if let Some(value) = &m.value {
                add(m.id.name.to_string(), value);
            }
            for a in &m.attributes {
                add(format!("{}.{}", m.id.name, a.id.name), &a.value);
            }
        }
    }
    own.keys()
        .map(|key| {
            let mut vars = BTreeSet::new();
            let mut todo = vec![key.clone()];
            let mut seen = BTreeSet::new();
            while let Some(k) = todo.pop() {
                if !seen.insert(k.clone()) {
                    continue;
                }
                vars.extend(own.get(&k).into_iter().flatten().cloned());
                todo.extend(refs.get(&k).into_iter().flatten().cloned());
            }
            (key.clone(), vars)
        })
        .collect()
}

/// What a pattern uses: variables, and the messages it references (`id` or `id.attr`).
#[derive(Default)]
struct Found {
    vars: BTreeSet<String>,
    refs: BTreeSet<String>,
}

/// The message ids (no attributes) of a language.
pub fn message_ids(lang: Lang) -> BTreeSet<String> {
    message_variables(lang)
        .into_keys()
        .filter(|k| !k.contains('.'))
        .collect()
}

fn pattern_vars(pattern: &ast::Pattern<&str>, out: &mut Found) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, out: &mut Found) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, out),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, out: &mut Found) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.vars.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            out.refs.insert(match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_string(),
            });
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}
