//! Resuming a job with the settings it was started with (issue 21, item 7): the provider,
//! model, base URL, attempts, concurrency and retries recorded on the job, not whatever the
//! config says today. A different provider, model or base URL needs an explicit choice
//! (`--switch-provider`), and the switch is recorded on the job.

use serde_json::{Value, json};

use crate::domain::said::{Said, SaidArg};
use crate::generation::ProviderKind;
use crate::generation::provider::without_userinfo;
use crate::storage::{JobId, JobRecord};

use super::ServiceError;
use super::generate::GenerateOptions;

/// Which run settings the person chose explicitly (flags), as opposed to the config's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExplicitChoice {
    pub provider: bool,
    pub model: bool,
    pub base_url: bool,
    /// A resume may use a provider, model or base URL other than the job's.
    pub allow_switch: bool,
    /// Generate lessons although the curriculum changed and was not approved again.
    pub allow_unapproved: bool,
}

/// A base URL, or the word "default" (said in the reader's language) when there is none.
fn url_or_default(url: Option<&str>) -> SaidArg {
    url.map_or_else(|| Said::new("err-resume-default-url").into(), SaidArg::from)
}

/// The sentences joined by commas (`a, b, c`), or `None` when there are none.
fn listed(items: Vec<Said>) -> Option<Said> {
    items.into_iter().rev().reduce(|rest, first| {
        Said::new("err-list-comma")
            .with("first", first)
            .with("rest", rest)
    })
}

/// A resume's settings differ from the job's by choice: recorded on the job.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Switch(Value);

/// Sets `opts` to the job's recorded settings, keeping what the person chose explicitly only
/// when `allow_switch` is set (else refused, naming what the job used).
pub(super) fn apply_recorded(
    job: &JobRecord,
    opts: &mut GenerateOptions,
) -> Result<Option<Switch>, ServiceError> {
    let chosen = opts.explicit;
    let recorded_kind = ProviderKind::parse(&job.provider).ok_or_else(|| {
        ServiceError::refused(
            Said::new("err-resume-unknown-provider")
                .with("job", job.id.0.to_string())
                .with("provider", &job.provider),
        )
    })?;
    let recorded_url = job.settings["base_url"].as_str().map(str::to_string);
    let shown_url = opts.base_url.as_deref().map(without_userinfo);
    let differs = [
        (chosen.provider && opts.provider != recorded_kind).then(|| {
            Said::new("err-resume-differs-provider")
                .with("asked", opts.provider.as_str())
                .with("job", &job.provider)
        }),
        (chosen.model && opts.model() != job.model).then(|| {
            Said::new("err-resume-differs-model")
                .with("asked", opts.model())
                .with("job", &job.model)
        }),
        // A job that recorded no base URL (older rows, tests) takes the one given.
        (chosen.base_url && recorded_url.is_some() && shown_url != recorded_url).then(|| {
            Said::new("err-resume-differs-url")
                .with("asked", url_or_default(shown_url.as_deref()))
                .with("job", url_or_default(recorded_url.as_deref()))
        }),
    ];
    let differs: Vec<Said> = differs.into_iter().flatten().collect();
    if let Some(listed) = listed(differs) {
        if !chosen.allow_switch {
            return Err(ServiceError::refused(
                Said::new("err-resume-differs")
                    .with("job", job.id.0.to_string())
                    .with("provider", &job.provider)
                    .with("model", &job.model)
                    .with("asked", listed),
            ));
        }
        return Ok(Some(Switch(json!({
            "provider": opts.provider.as_str(),
            "model": opts.model(),
            "base_url": shown_url,
        }))));
    }
    if recorded_kind != opts.provider {
        opts.key_env = recorded_kind
            .default_key_env()
            .unwrap_or_default()
            .to_string();
        opts.api_key = super::generate_setup::api_key_from(&opts.key_env);
        opts.provider = recorded_kind;
    }
    opts.model = Some(job.model.clone());
    // A base URL from the environment may carry credentials the record leaves out.
    if recorded_url.is_some() && shown_url != recorded_url {
        opts.base_url = recorded_url;
        opts.base_url_from_env = false;
    }
    let number = |key: &str| job.settings[key].as_u64();
    if let Some(n) = number("max_attempts") {
        opts.max_attempts = (n as u32).max(1);
    }
    if let Some(n) = number("concurrency") {
        opts.concurrency = (n as usize).max(1);
    }
    if let Some(n) = number("max_retries") {
        opts.retry.max_retries = n as u32;
    }
    Ok(None)
}

/// Records `switch` on `job`'s settings (one transaction).
pub(super) fn record_switch(
    store: &mut crate::storage::Store,
    job: JobId,
    switch: &Switch,
) -> Result<(), ServiceError> {
    store.write(|repo| {
        let mut settings = repo.job(job)?.settings;
        if let Some(object) = settings.as_object_mut() {
            let list = object.entry("resumed_with").or_insert_with(|| json!([]));
            if let Value::Array(list) = list {
                list.push(switch.0.clone());
            }
        }
        repo.set_job_settings(job, &settings)?;
        Ok(())
    })
}
