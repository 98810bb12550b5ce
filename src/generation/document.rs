//! One course-level document (a curriculum, a research report) asked of a provider: the
//! request, retried on rate limits, server errors and timeouts like a lesson, and the answer
//! with the code fence a model may wrap it in taken off. Emits nothing and stores nothing.

use super::doc_prompt::DOC_SYSTEM;
use super::provider::{
    ChunkSink, Completion, CompletionRequest, ErrorClass, Provider, ProviderError,
};
use super::retry::RetryPolicy;

/// Model settings of a document request.
#[derive(Debug, Clone)]
pub struct DocumentSettings {
    pub model: String,
    pub max_tokens: u32,
    pub temperature: f32,
    pub retry: RetryPolicy,
}

/// Sends `prompt` and returns the answer (fences removed) and how many retries it took.
pub async fn complete_document(
    provider: &dyn Provider,
    prompt: String,
    settings: &DocumentSettings,
    on_chunk: ChunkSink<'_>,
) -> Result<(Completion, u32), ProviderError> {
    let request = CompletionRequest {
        system: DOC_SYSTEM.to_string(),
        prompt,
        model: settings.model.clone(),
        max_tokens: settings.max_tokens,
        temperature: settings.temperature,
        lesson: None,
    };
    let mut retry = 0;
    loop {
        let err = match provider.complete(&request, on_chunk).await {
            Ok(mut completion) => {
                // An empty, filtered or cut document must not replace the course's own.
                if let Some(reason) = completion.rejection() {
                    return Err(ProviderError::new(ErrorClass::BadResponse, reason));
                }
                completion.text = strip_fence(&completion.text).to_string();
                return Ok((completion, retry));
            }
            Err(err) => err,
        };
        retry += 1;
        let Some(delay) = settings.retry.next_delay(retry, &err) else {
            return Err(err);
        };
        tokio::time::sleep(delay).await;
    }
}

/// The text inside a single fenced block wrapping the whole answer (```yaml … ```), else the
/// answer trimmed.
pub fn strip_fence(answer: &str) -> &str {
    let t = answer.trim();
    let Some(rest) = t.strip_prefix("```") else {
        return t;
    };
    let Some((_, body)) = rest.split_once('\n') else {
        return t;
    };
    match body.trim_end().strip_suffix("```") {
        Some(inner) if !inner.contains("\n```") => inner.trim_end(),
        _ => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapping_fence_is_removed_and_anything_else_kept() {
        assert_eq!(strip_fence("```yaml\ntitle: x\n```\n"), "title: x");
        assert_eq!(strip_fence("  title: x\n"), "title: x");
        let two = "```a\nx\n```\ntext\n```b\ny\n```";
        assert_eq!(strip_fence(two), two);
    }
}
