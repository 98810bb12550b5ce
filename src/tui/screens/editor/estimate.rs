//! What the curriculum editor's approval checkpoint estimates cost for: the configured
//! generation options (provider, model, pricing table), as `g` does, or the provider's name
//! alone when the configuration is unusable. Pure; must not do I/O.

use crate::services::GenerateOptions;
use crate::tui::message::authoring::RunOptions;

use super::EditorScreen;

impl EditorScreen {
    /// The generation provider the approval checkpoint names (the configured one).
    pub fn with_provider(mut self, provider: &str) -> EditorScreen {
        self.provider = provider.to_string();
        self
    }

    /// The configured options the approval checkpoint estimates with (`None`: unusable).
    pub fn with_options(mut self, options: Option<&GenerateOptions>) -> EditorScreen {
        self.options = options.map(|o| RunOptions(Box::new(o.clone())));
        self
    }
}
