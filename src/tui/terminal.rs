//! `TerminalGuard`: raw mode + alternate screen for as long as it lives, restored on drop, on
//! panic (the hook restores first, then prints the report on a sane terminal) and, through
//! the runtime's signal branch, on SIGTERM. Must not depend on screens or storage.

use std::io::{self, Stdout, stdout};
use std::sync::Once;

use crossterm::cursor::Show;
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

pub type Tty = Terminal<CrosstermBackend<Stdout>>;

pub struct TerminalGuard {
    terminal: Tty,
}

static PANIC_HOOK: Once = Once::new();

impl TerminalGuard {
    pub fn enter() -> io::Result<TerminalGuard> {
        install_panic_hook();
        enable_raw_mode()?;
        // Cleared with a plain escape rather than `Terminal::clear`, which asks the terminal for
        // the cursor position and fails where nothing answers (some multiplexers, test ptys).
        let entered = execute!(
            stdout(),
            EnterAlternateScreen,
            EnableMouseCapture,
            Clear(ClearType::All)
        )
        .and_then(|()| Terminal::new(CrosstermBackend::new(stdout())))
        .and_then(|mut terminal| {
            terminal.hide_cursor()?;
            Ok(terminal)
        });
        match entered {
            Ok(terminal) => Ok(TerminalGuard { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    pub fn terminal(&mut self) -> &mut Tty {
        &mut self.terminal
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Leaves the alternate screen, shows the cursor, ends raw mode. Safe to call twice.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, Show);
}

/// Chains a hook that restores the terminal before the previous hook prints the panic, so the
/// report is readable and the shell is usable afterwards.
fn install_panic_hook() {
    PANIC_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}
