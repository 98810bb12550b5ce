//! Issue 21: two real `lectern` processes saving, validating and generating the same lessons
//! in random interleavings against the loopback model. At the end every text ever saved is
//! current or in history, every lesson was asked of the model exactly once per run that was
//! not refused, current texts equal their head revisions, and `integrity_check` is ok.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use lectern::storage::{Store, Target};

use super::generation::{PASSING, fixture_course};
use super::llm_server::{LlmServer, Reply};
use super::support::lectern;

const LESSONS: [&str; 3] = ["1.1", "1.2", "1.3"];
const TITLES: [&str; 3] = ["Introdução", "Segundo passo", "Terceiro passo"];

/// What the workers did, to check against the database afterwards.
#[derive(Default)]
struct Log {
    saved: Vec<(String, String)>,
    /// Generation runs that were not refused, by lesson.
    runs: [usize; 3],
}

struct XorShift(u64);

impl XorShift {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn worker(home: PathBuf, base: String, seed: u64, who: usize, log: Arc<Mutex<Log>>) {
    let mut rng = XorShift(seed);
    for op in 0..8 {
        let l = rng.next(3) as usize;
        let id = LESSONS[l];
        match rng.next(3) {
            0 => {
                let text = format!(
                    "# {id} - {}\n\nTexto do processo {who}, passo {op}.\n",
                    TITLES[l]
                );
                let file = home.join(format!("w{who}-{op}.md"));
                std::fs::write(&file, &text).unwrap();
                let out = lectern(&home)
                    .args(["lesson", "gen-course", id, "--set"])
                    .arg(&file)
                    .output()
                    .unwrap();
                match out.status.code() {
                    Some(0) => log.lock().unwrap().saved.push((id.to_string(), text)),
                    // Another writer saved between this one's read and write.
                    Some(1) => assert!(
                        String::from_utf8_lossy(&out.stderr).contains("changed since"),
                        "{out:?}"
                    ),
                    _ => panic!("lesson --set: {out:?}"),
                }
            }
            1 => {
                let out = lectern(&home)
                    .args(["validate", "gen-course"])
                    .output()
                    .unwrap();
                assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
            }
            _ => {
                let out = lectern(&home)
                    .args([
                        "generate",
                        "gen-course",
                        "--lesson",
                        id,
                        "--provider",
                        "openai",
                    ])
                    .args(["--base-url", &base])
                    .output()
                    .unwrap();
                let stderr = String::from_utf8_lossy(&out.stderr);
                match out.status.code() {
                    Some(0 | 1) => log.lock().unwrap().runs[l] += 1,
                    Some(2) if stderr.contains("is already running") => {}
                    _ => panic!("generate: {out:?}"),
                }
            }
        }
    }
}

fn history(db: &Path) -> Vec<(String, String, Vec<String>)> {
    let (store, _) = Store::open(db).unwrap();
    assert_eq!(store.pragma_text("integrity_check").unwrap(), "ok");
    let repo = store.read();
    let course = repo.require_course("gen-course").unwrap().id;
    repo.lessons_of(course)
        .unwrap()
        .into_iter()
        .map(|row| {
            let current = row.record.content_markdown.unwrap_or_default();
            let target = Target::Lesson(row.record.lesson_id.clone());
            let texts: Vec<String> = repo
                .revisions_of(course, &target)
                .unwrap()
                .iter()
                .map(|r| repo.text_by_sha(&r.sha256).unwrap())
                .collect();
            assert_eq!(
                texts.first().cloned().unwrap_or_default(),
                current,
                "{target}"
            );
            (row.record.lesson_id, current, texts)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_saving_validating_and_generating_lose_nothing() {
    let reply = Reply::OpenAi {
        text: PASSING.into(),
        usage: (10, 20),
        delay: Duration::from_millis(3),
    };
    let server = LlmServer::start(vec![], Some(reply)).await;
    let base = format!("{}/v1", server.base);
    let log = Arc::new(Mutex::new(Log::default()));
    let seed = std::env::var("LECTERN_RACE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x2121_2121_u64);
    let shared = Arc::clone(&log);
    tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().to_path_buf();
        let course = fixture_course(&home);
        lectern(&home)
            .args(["--no-demo", "import"])
            .arg(&course)
            .assert()
            .success();
        let workers: Vec<_> = (0..2)
            .map(|who| {
                let (home, base, log) = (home.clone(), base.clone(), Arc::clone(&shared));
                std::thread::spawn(move || worker(home, base, seed + who as u64 * 7919, who, log))
            })
            .collect();
        for w in workers {
            w.join().unwrap();
        }
        let lessons = history(&home.join("data/lectern/lectern.db"));
        let log = shared.lock().unwrap();
        for (id, text) in &log.saved {
            let (_, current, texts) = lessons.iter().find(|(l, _, _)| l == id).unwrap();
            assert!(
                current == text || texts.contains(text),
                "{id}: a saved text was lost"
            );
        }
        for (l, runs) in log.runs.iter().enumerate() {
            if *runs > 0 {
                let (_, _, texts) = &lessons[l];
                assert!(
                    texts.contains(&PASSING.to_string()),
                    "{}: generated text",
                    LESSONS[l]
                );
            }
        }
    })
    .await
    .unwrap();
    let log = log.lock().unwrap();
    let prompts: Vec<String> = server
        .requests()
        .iter()
        .map(|r| {
            r["messages"][1]["content"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    for (l, title) in TITLES.iter().enumerate() {
        let asked = prompts
            .iter()
            .filter(|p| p.contains(&format!("Title: {title}")))
            .count();
        assert_eq!(asked, log.runs[l], "{title}: asked once per run");
    }
}
