//! `TerminalGuard`: raw mode + alternate screen (+ focus-change reporting, so editors can write
//! a draft when the window loses focus, + bracketed paste, so a pasted lesson arrives as one
//! event instead of thousands of keys) for as long as it lives, restored on drop, on panic
//! (the hook restores first, then prints the report on a sane terminal) and, through the
//! runtime's signal branch, on SIGTERM. `suspend`/`resume` hand the terminal to a child
//! program (`$EDITOR`) and take it back. Must not depend on screens or storage.

use std::io::{self, Stdout, stdout};
use std::sync::Once;

use crossterm::cursor::Show;
use crossterm::event::{
    DisableBracketedPaste, DisableFocusChange, DisableMouseCapture, EnableBracketedPaste,
    EnableFocusChange, EnableMouseCapture,
};
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
        // Cleared with a plain escape rather than `Terminal::clear`, which asks the terminal for
        // the cursor position and fails where nothing answers (some multiplexers, test ptys).
        let entered = take_over()
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

    /// Gives the terminal back as the shell had it (cooked mode, main screen, cursor shown)
    /// so a child program can use it; the guard still restores on drop.
    pub fn suspend(&mut self) -> io::Result<()> {
        restore_checked()
    }

    /// Takes the terminal again after `suspend` and makes the next draw repaint everything:
    /// the child left its own output on the screen we clear.
    pub fn resume(&mut self) -> io::Result<()> {
        take_over()?;
        // Both buffers empty (= the cleared screen), so the next draw writes every cell that
        // is not blank; `Terminal::clear` would ask for the cursor position instead.
        self.terminal.swap_buffers();
        self.terminal.current_buffer_mut().reset();
        self.terminal.hide_cursor()
    }
}

/// Raw mode, alternate screen (cleared), focus reporting, bracketed paste. Cleared with a plain escape rather
/// than `Terminal::clear`, which asks the terminal for the cursor position and fails where
/// nothing answers (some multiplexers, test ptys).
fn take_over() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        Clear(ClearType::All),
        EnableFocusChange,
        EnableBracketedPaste
    )
}

fn restore_checked() -> io::Result<()> {
    disable_raw_mode()?;
    execute!(
        stdout(),
        DisableMouseCapture,
        DisableFocusChange,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        Show
    )
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Leaves the alternate screen, shows the cursor, ends raw mode. Safe to call twice.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        DisableFocusChange,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        Show
    );
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
