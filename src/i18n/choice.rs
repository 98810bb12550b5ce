//! Which language to speak, and why: `[ui] language` in the config, else `LECTERN_LANG`, else
//! the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set decides: `pt_*` is pt-BR,
//! anything else English), else English. Pure: the environment is passed in.

use std::fmt;

/// The environment variable that chooses the language over the locale.
pub const LANG_ENV: &str = "LECTERN_LANG";

/// The locale variables, in POSIX order: the first one set decides.
const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    PtBr,
}

impl Lang {
    /// Both languages, English first (the reference the others are checked against).
    pub const ALL: [Lang; 2] = [Lang::En, Lang::PtBr];

    /// The BCP 47 tag, as in the config and the `assets/i18n/` folder names.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::PtBr => "pt-BR",
        }
    }

    /// The config's value: exactly `en` or `pt-BR` (case aside, `_` for `-` accepted).
    pub fn parse(value: &str) -> Option<Lang> {
        match value.trim().replace('_', "-").to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "pt-br" => Some(Lang::PtBr),
            _ => None,
        }
    }

    /// A locale such as `pt_BR.UTF-8`, `pt`, `en_US.UTF-8`, `C`: Portuguese for `pt*`.
    fn from_locale(value: &str) -> Lang {
        let language = value
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if language == "pt" {
            Lang::PtBr
        } else {
            Lang::En
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// What decided the language, for `lectern config show`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// `[ui] language` in the config file.
    Config,
    /// `LECTERN_LANG`, with its value.
    Env(String),
    /// A locale variable's name and value.
    Locale(&'static str, String),
    /// Nothing set: English.
    Default,
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Choice::Config => f.write_str("[ui] language in the config file"),
            Choice::Env(value) => write!(f, "{LANG_ENV}={value}"),
            Choice::Locale(var, value) => write!(f, "locale {var}={value}"),
            Choice::Default => {
                f.write_str("default: no language in config, LECTERN_LANG or the locale")
            }
        }
    }
}

/// The language and what chose it. `config` is `[ui] language` (already validated); a
/// `LECTERN_LANG` that names neither language is passed over, as an unset one would be.
pub fn choose(config: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> (Lang, Choice) {
    if let Some(lang) = config {
        return (lang, Choice::Config);
    }
    let set = |var: &str| env(var).filter(|v| !v.trim().is_empty());
    if let Some(value) = set(LANG_ENV)
        && let Some(lang) = Lang::parse(&value)
    {
        return (lang, Choice::Env(value));
    }
    for var in LOCALE_VARS {
        if let Some(value) = set(var) {
            return (Lang::from_locale(&value), Choice::Locale(var, value));
        }
    }
    (Lang::En, Choice::Default)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(name, _)| *name == k)
                .map(|(_, v)| (*v).to_string())
        }
    }

    #[test]
    fn config_then_lectern_lang_then_lc_all_then_lc_messages_then_lang() {
        let all = [
            ("LECTERN_LANG", "en"),
            ("LC_ALL", "pt_BR.UTF-8"),
            ("LC_MESSAGES", "en_US.UTF-8"),
            ("LANG", "pt_BR.UTF-8"),
        ];
        assert_eq!(
            choose(Some(Lang::PtBr), env(&all)),
            (Lang::PtBr, Choice::Config)
        );
        assert_eq!(
            choose(None, env(&all)),
            (Lang::En, Choice::Env("en".into()))
        );
        assert_eq!(
            choose(None, env(&all[1..])),
            (Lang::PtBr, Choice::Locale("LC_ALL", "pt_BR.UTF-8".into()))
        );
        assert_eq!(
            choose(None, env(&all[2..])),
            (
                Lang::En,
                Choice::Locale("LC_MESSAGES", "en_US.UTF-8".into())
            )
        );
        assert_eq!(
            choose(None, env(&all[3..])),
            (Lang::PtBr, Choice::Locale("LANG", "pt_BR.UTF-8".into()))
        );
        assert_eq!(choose(None, env(&[])), (Lang::En, Choice::Default));
    }

    #[test]
    fn c_locale_is_english_and_a_bad_lectern_lang_is_passed_over() {
        assert_eq!(choose(None, env(&[("LANG", "C")])).0, Lang::En);
        assert_eq!(
            choose(None, env(&[("LC_ALL", "C"), ("LANG", "pt_BR")])).0,
            Lang::En
        );
        assert_eq!(choose(None, env(&[("LANG", "pt")])).0, Lang::PtBr);
        assert_eq!(choose(None, env(&[("LANG", "pt_PT.UTF-8")])).0, Lang::PtBr);
        let (lang, why) = choose(None, env(&[("LECTERN_LANG", "klingon"), ("LANG", "pt_BR")]));
        assert_eq!(
            (lang, why),
            (Lang::PtBr, Choice::Locale("LANG", "pt_BR".into()))
        );
        assert_eq!(
            choose(None, env(&[("LC_ALL", ""), ("LANG", "pt_BR")])).0,
            Lang::PtBr
        );
    }

    #[test]
    fn config_values() {
        assert_eq!(Lang::parse("pt-BR"), Some(Lang::PtBr));
        assert_eq!(Lang::parse("pt_br"), Some(Lang::PtBr));
        assert_eq!(Lang::parse("en"), Some(Lang::En));
        assert_eq!(Lang::parse("pt"), None);
        assert_eq!(Lang::parse("fr"), None);
    }
}
