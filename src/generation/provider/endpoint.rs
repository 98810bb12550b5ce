//! Turns a base URL as people write it (`http://host:port`, `…/v1`, `…/v1/`, or the whole
//! endpoint) into the endpoint each wire format posts to, so both providers reach the same
//! place from any of those spellings; and keeps credentials written into a URL out of every
//! copy of it that is shown or stored. Pure string work: no I/O.

/// OpenAI-compatible Chat Completions: `…/v1/chat/completions`. A base with a path of its own
/// (`https://openrouter.ai/api/v1`, `…/v1beta/openai`) is kept as the API root, as the OpenAI
/// SDKs do; a bare host gets `/v1`.
pub fn openai_endpoint(base: &str) -> String {
    endpoint(base, "/chat/completions", Versioned::Root)
}

/// Anthropic Messages: `…/v1/messages`. A base ending in `/v1` is not given a second one; any
/// other path is a prefix in front of `/v1` (a gateway's route), as the Anthropic SDKs do.
pub fn anthropic_endpoint(base: &str) -> String {
    endpoint(base, "/messages", Versioned::Prefix)
}

/// What a base URL with a path other than `/v1` means.
#[derive(Clone, Copy)]
enum Versioned {
    /// The path is the API root and already holds whatever version it needs.
    Root,
    /// The path is a prefix; `/v1` follows it.
    Prefix,
}

fn endpoint(base: &str, tail: &str, versioned: Versioned) -> String {
    let base = base.trim().trim_end_matches('/');
    let path = path_of(base);
    if path.ends_with(&format!("/v1{tail}")) {
        return base.to_string();
    }
    if path.is_empty() || path.ends_with("/v1") {
        let version = if path.is_empty() { "/v1" } else { "" };
        return format!("{base}{version}{tail}");
    }
    match versioned {
        Versioned::Root => format!("{base}{tail}"),
        Versioned::Prefix => format!("{base}/v1{tail}"),
    }
}

/// The path of `url` (after `scheme://host:port`), or "" when it has none.
fn path_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.find('/').map_or("", |i| &rest[i..])
}

/// `url` without the `user:password@` part, for storing and showing. Credentials in a URL end
/// up in job records, logs and error messages, so nothing outside the request keeps them.
pub fn without_userinfo(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    match authority.rfind('@') {
        Some(at) => format!("{scheme}://{}{tail}", &authority[at + 1..]),
        None => url.to_string(),
    }
}

/// Whether `url` carries a `user[:password]@` part.
pub fn has_userinfo(url: &str) -> bool {
    without_userinfo(url) != url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_v1_and_v1_slash_reach_the_same_endpoint() {
        for base in [
            "http://127.0.0.1:4000",
            "http://127.0.0.1:4000/",
            "http://127.0.0.1:4000/v1",
            "http://127.0.0.1:4000/v1/",
            " http://127.0.0.1:4000/v1// ",
        ] {
            assert_eq!(
                openai_endpoint(base),
                "http://127.0.0.1:4000/v1/chat/completions",
                "{base}"
            );
            assert_eq!(
                anthropic_endpoint(base),
                "http://127.0.0.1:4000/v1/messages",
                "{base}"
            );
        }
    }

    #[test]
    fn a_whole_endpoint_is_kept() {
        assert_eq!(
            openai_endpoint("http://h/v1/chat/completions"),
            "http://h/v1/chat/completions"
        );
        assert_eq!(
            anthropic_endpoint("https://h/v1/messages/"),
            "https://h/v1/messages"
        );
    }

    #[test]
    fn other_paths_follow_each_sdk() {
        assert_eq!(
            openai_endpoint("https://openrouter.ai/api/v1"),
            "https://openrouter.ai/api/v1/chat/completions"
        );
        assert_eq!(
            openai_endpoint("https://generativelanguage.googleapis.com/v1beta/openai/"),
            "https://generativelanguage.googleapis.com/v1beta/openai/chat/completions"
        );
        assert_eq!(
            anthropic_endpoint("https://gateway.example/anthropic"),
            "https://gateway.example/anthropic/v1/messages"
        );
        assert_eq!(
            anthropic_endpoint("https://api.anthropic.com"),
            "https://api.anthropic.com/v1/messages"
        );
        assert_eq!(
            openai_endpoint("https://api.openai.com/v1"),
            "https://api.openai.com/v1/chat/completions"
        );
    }

    #[test]
    fn userinfo_is_removed_and_nothing_else() {
        assert_eq!(
            without_userinfo("http://user:pw@host:8080/v1?x=a@b"),
            "http://host:8080/v1?x=a@b"
        );
        assert_eq!(without_userinfo("https://a@b@host/v1"), "https://host/v1");
        assert_eq!(without_userinfo("http://host/v1/a@b"), "http://host/v1/a@b");
        assert_eq!(without_userinfo("not a url"), "not a url");
        assert!(has_userinfo("http://k@h"));
        assert!(!has_userinfo("http://h/@"));
    }
}
