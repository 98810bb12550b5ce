//! `docs/keybindings.md` is generated from `assets/keymap.toml`; this test fails when they
//! drift. `LECTERN_WRITE_DOCS=1 cargo test keybindings` rewrites the file.

use lectern::tui::{Binding, Keymap};

fn section<C>(out: &mut String, name: &str, bindings: impl Iterator<Item = Binding<C>>) {
    out.push_str(&format!("\n## {name}\n\n| Keys | Action |\n|---|---|\n"));
    for b in bindings {
        let keys: Vec<String> = b.keys.iter().map(|k| format!("`{k}`")).collect();
        out.push_str(&format!("| {} | {} |\n", keys.join(" "), b.description));
    }
}

fn generated() -> String {
    let k = Keymap::defaults().unwrap();
    let mut out = String::from(
        "# Key bindings\n\n\
         Generated from `assets/keymap.toml` (a test keeps them equal). To change a key, put the\n\
         same action in `keymap.toml` next to your `config.toml` (e.g.\n\
         `~/.config/lectern/keymap.toml`) with only what you change:\n\n\
         ```toml\n[library]\nopen = { keys = [\"o\", \"enter\"] }\n```\n\n\
         A key taken for one action is removed from the others of that section; a mistake in the\n\
         file is reported with its line when `lectern` starts. `Ctrl-c` always quits. While the\n\
         library filter has focus, keys type into it (`Enter` keeps the filter, `Esc` clears it);\n\
         the same goes for the search field, the command palette (`:`) and the library's\n\
         dialogs (archive: `y`/`Enter` or `n`/`Esc`; import: `Tab` completes a directory).\n\n\
         When the help (`?`) does not fit the terminal, `j`/`k`, `↓`/`↑`, `PgDn`/`PgUp` and\n\
         `g`/`G` (or the mouse wheel) scroll it; its footer says when more is above or below.\n\n\
         Pasting (the terminal's bracketed paste) puts the whole clipboard into the field that\n\
         has focus as one edit: `Ctrl-z` in an editor undoes it in one step, keys pressed after\n\
         it act after it, and line breaks arrive as typed (CRLF becomes LF); one-line fields\n\
         (filter, search, palette, prompts) take it on one line.\n\n\
         History: `h` stays \"focus left\" on the course and lesson screens, so a lesson's\n\
         history is `H` (from the course tree or the lesson view; `Tab` there moves to the\n\
         course's brief and curriculum). After a regeneration, re-import, archive or restore the\n\
         status line says what happened and \"`u` undo\": `u` on the course (or the library)\n\
         takes the course's last bulk action back, as new revisions.\n\n\
         Messages: `m` was free on the course and library screens, so it opens what the last\n\
         import, validate and check said about a course (from the library: the course the last\n\
         import warned about, else the selected one). `Enter` there opens the lesson at the\n\
         message's line; the course header shows the count (\"16 messages · m\").\n\n\
         Personas: `P` (free) on the library browses the personas (voices), each shown whole\n\
         with the text lesson prompts carry; `p` (free) on the course opens them as a picker:\n\
         `Enter` makes the selected one the course's voice, `x` takes it off.\n\n\
         Sync: `S` reverses the library's sort, so sync now is `Y` (sYnc; free on every screen, typed in editors).\n\
         It runs in the background — the workbench never waits on the network — and the status\n\
         bar says `⇅ syncing…` meanwhile, then what moved. While the workbench is open it also\n\
         asks the server every `poll_seconds` whether anything waits (`⇅ 3↑ 2↓`, or `offline`)\n\
         and pulls it; the screens showing a changed course reload. Without `[sync]` nothing of\n\
         this runs, and `Y` says how to configure it. Courses and lessons sync left in conflict\n\
         carry `⇅!` in the library and the course tree.\n\n\
         Conflicts: `K` (free) on the library lists what sync could not merge in every course,\n\
         on the course in that course. `m` keeps mine, `t` keeps theirs; `Enter` opens the\n\
         merged text with conflict markers in the text's editor, and saving it there resolves\n\
         the conflict with what was saved (as `lectern conflicts resolve --file`).\n\n\
         Leaving: `Esc` on the library only clears its filter (it never quits); `q` there and\n\
         `Q` anywhere quit, and ask first when an editor holds unsaved text or a generation\n\
         runs. In the editors `?` types, so their help is `F1` (or `Ctrl-h` where the terminal\n\
         sends it apart from Backspace) and their footer says so; `A` types too, so the\n\
         curriculum is approved with `Ctrl-a` from its text (`A` still works from the panel;\n\
         `Home` goes to the line start there); in its checkpoint `Tab` shows the system prompt\n\
         and prompt the first lesson will be sent with, persona included (↑↓ PgUp/PgDn scroll,\n\
         `Tab` back), and typing `yes` then `Enter` approves. `Ctrl-r`, the text area's redo before, is find\n\
         and replace; redo is `Ctrl-y` or `Ctrl-Shift-z`. `A` on the library (free) toggles\n\
         the Archived view; `Ctrl-g` (free everywhere) says where the database is.\n\n\
         Analytics: `a` (free) on the library opens the whole library's dashboard, on a course\n\
         that course's: `Tab`/`Shift-Tab` move between its sections (scores, elements, modules\n\
         or courses, issue codes, trends, origin, learner outcomes, and a course's lessons);\n\
         `Enter` on an issue code opens the review narrowed to that code (every lesson with it,\n\
         passing ones included), `Enter` on a lesson row opens the lesson.\n\n\
         The library and the open course follow changes other processes make (a CLI import,\n\
         generate or edit, a second window) within a second, keeping the selection; `r` still\n\
         reloads at once.\n",
    );
    section(&mut out, "Everywhere", k.global().iter().cloned());
    section(&mut out, "Library", k.library().iter().cloned());
    section(&mut out, "Course", k.course().iter().cloned());
    section(&mut out, "Lesson", k.lesson().iter().cloned());
    section(&mut out, "Review", k.review().iter().cloned());
    section(&mut out, "Search", k.search().iter().cloned());
    section(&mut out, "Editor", k.editor().iter().cloned());
    out.push_str(
        "\nTyping keys in the editors' text (not rebindable):\n\n| Keys | Action |\n|---|---|\n",
    );
    let english = lectern::i18n::Texts::new(lectern::i18n::Lang::En);
    for (keys, id) in lectern::tui::EDITOR_TEXT_KEYS {
        let what = english.get(id);
        let keys: Vec<String> = keys.split(' ').map(|k| format!("`{k}`")).collect();
        out.push_str(&format!("| {} | {} |\n", keys.join(" "), what));
    }
    section(&mut out, "History", k.history().iter().cloned());
    section(&mut out, "Messages", k.messages().iter().cloned());
    section(&mut out, "Personas", k.personas().iter().cloned());
    section(&mut out, "Conflicts", k.conflicts().iter().cloned());
    section(&mut out, "Analytics", k.analytics().iter().cloned());
    out
}

#[test]
fn keybindings_doc_matches_the_keymap() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/keybindings.md");
    let expected = generated();
    if std::env::var_os("LECTERN_WRITE_DOCS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/keybindings.md is out of date; run LECTERN_WRITE_DOCS=1 cargo test keybindings"
    );
}
