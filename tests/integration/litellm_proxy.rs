//! The LiteLLM proxy as a test fixture: started once per test binary from
//! `$LECTERN_LITELLM_BIN` (which `.ci/run` installs and exports) on a free loopback port,
//! with mock models only (`mock_response`, no network), and ready once its health route
//! answers. A watchdog shell ends the proxy when the test process ends (a static fixture is
//! never dropped), and `ProcessGuard` kills it on drop when a start fails. Without the
//! binary the tests print that they were skipped; with `CI=true` its absence fails them.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::generation::{FAILING, PASSING};

/// The key the proxy accepts (its custom auth below); any other gets a 401.
pub const PROXY_KEY: &str = "sk-lectern-proxy-key-0123456789";
/// Answers with a passing lesson on either route (priced in assets/pricing.toml).
pub const OPENAI_MODEL: &str = "gpt-4o-mini";
/// The same on `/v1/messages`, where the proxy answers `stream: true` unstreamed.
pub const ANTHROPIC_MODEL: &str = "claude-haiku-4-5";
/// A passing lesson on `/v1/messages` as a real event stream: the proxy translates a
/// Chat Completions stream it asks of itself (`hosted_vllm` provider pointed at its own port).
pub const ANTHROPIC_STREAMED_MODEL: &str = "claude-streamed";
/// A failing lesson once a minute (`rpm: 1`), then the proxy falls back to a passing one.
pub const REGENERATE_MODEL: &str = "writer";
/// A long answer, streamed three characters per chunk for several seconds.
pub const SLOW_MODEL: &str = "slow-writer";

/// How long the proxy may take to answer its health route (it imports a lot of Python).
const READY_WITHIN: Duration = Duration::from_secs(180);

/// Ends the watchdog (whose trap kills the proxy) and reaps it when dropped. SIGTERM, not
/// `Child::kill`: a SIGKILLed watchdog would leave the proxy running.
pub struct ProcessGuard(Child);

impl Drop for ProcessGuard {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if matches!(self.0.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A running proxy.
pub struct Proxy {
    pub base: String,
    _process: ProcessGuard,
    _dir: tempfile::TempDir,
}

static PROXY: OnceLock<Option<Proxy>> = OnceLock::new();

/// The shared proxy, or `None` (after printing why) when it is not installed outside CI.
pub fn proxy(test: &str) -> Option<&'static Proxy> {
    let proxy = PROXY.get_or_init(|| {
        let Some(bin) = std::env::var_os("LECTERN_LITELLM_BIN").map(PathBuf::from) else {
            return missing("LECTERN_LITELLM_BIN is not set");
        };
        if !bin.is_file() {
            return missing(&format!(
                "LECTERN_LITELLM_BIN={} is not a file",
                bin.display()
            ));
        }
        Some(start(&bin))
    });
    if proxy.is_none() {
        // Straight to stderr: the harness captures `eprintln!` of passing tests, and a skip
        // must be seen.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "skipped {test}: the LiteLLM proxy is not installed (run .ci/run once)"
        );
    }
    proxy.as_ref()
}

fn missing(why: &str) -> Option<Proxy> {
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{why}: CI must run the LiteLLM tests (.ci/run installs the proxy into target/litellm-venv)"
    );
    None
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// The proxy's config: JSON, which YAML reads as it is.
fn config(port: u16) -> serde_json::Value {
    let mock = |name: &str, text: &str| {
        serde_json::json!({"model_name": name, "litellm_params": {
            "model": format!("openai/{name}"), "api_key": "unused", "mock_response": text}})
    };
    let mut failing = mock(REGENERATE_MODEL, FAILING);
    failing["litellm_params"]["rpm"] = 1.into();
    serde_json::json!({
        "model_list": [
            mock(OPENAI_MODEL, PASSING),
            {"model_name": ANTHROPIC_MODEL, "litellm_params": {
                "model": format!("anthropic/{ANTHROPIC_MODEL}"), "api_key": "unused",
                "mock_response": PASSING}},
            {"model_name": ANTHROPIC_STREAMED_MODEL, "litellm_params": {
                "model": format!("hosted_vllm/{OPENAI_MODEL}"), "api_key": PROXY_KEY,
                "api_base": format!("http://127.0.0.1:{port}/v1")}},
            failing,
            mock("writer-passing", PASSING),
            mock(SLOW_MODEL, &PASSING.repeat(10)),
        ],
        "router_settings": {
            // Enforces `rpm`, so the second request to `writer` falls back.
            "routing_strategy": "usage-based-routing-v2",
            "enable_pre_call_checks": true,
            "num_retries": 0,
            "fallbacks": [{REGENERATE_MODEL: ["writer-passing"]}],
        },
        "litellm_settings": {"num_retries": 0, "telemetry": false},
        "general_settings": {"custom_auth": "lectern_auth.user_api_key_auth"},
    })
}

/// The proxy's documented custom-auth hook: without a database, a wrong key would get a 400
/// ("No connected db."), while a proxy with one answers 401 as this does.
const AUTH_MODULE: &str = r#"from fastapi import Request
from litellm.proxy._types import UserAPIKeyAuth

async def user_api_key_auth(request: Request, api_key: str) -> UserAPIKeyAuth:
    if api_key == "KEY":
        return UserAPIKeyAuth(api_key=api_key)
    raise Exception("invalid key")
"#;

/// Runs the proxy under a watchdog that kills it once the test process (`$1`) is gone, then
/// removes its config folder (`$2`), which the never-dropped static cannot.
const WATCHDOG: &str = r#"test_pid=$1; dir=$2; shift 2
"$@" & child=$!
trap 'kill -9 $child 2>/dev/null; wait $child 2>/dev/null; rm -rf "$dir"; exit 0' TERM INT
while kill -0 "$test_pid" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 0.5; done
kill -9 "$child" 2>/dev/null
wait "$child" 2>/dev/null
rm -rf "$dir"
"#;

fn start(bin: &Path) -> Proxy {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let config_path = dir.path().join("config.yaml");
    std::fs::write(&config_path, config(port).to_string()).unwrap();
    std::fs::write(
        dir.path().join("lectern_auth.py"),
        AUTH_MODULE.replace("KEY", PROXY_KEY),
    )
    .unwrap();
    let log_path = dir.path().join("proxy.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let child = Command::new("sh")
        .arg("-c")
        .arg(WATCHDOG)
        .arg("watchdog")
        .arg(std::process::id().to_string())
        .arg(dir.path())
        .arg(bin)
        .args(["--config", &config_path.to_string_lossy()])
        .args(["--host", "127.0.0.1", "--port", &port.to_string()])
        .current_dir(dir.path())
        // The bundled cost map instead of fetching one: the tests need no network.
        .env("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        .env("LITELLM_TELEMETRY", "False")
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
    let mut guard = ProcessGuard(child);
    let base = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    loop {
        if healthy(port) {
            eprintln!(
                "LiteLLM proxy ready at {base} after {:.1} s",
                started.elapsed().as_secs_f64()
            );
            break;
        }
        let exited = guard.0.try_wait().unwrap().is_some();
        if exited || started.elapsed() > READY_WITHIN {
            let mut text = String::new();
            let _ = std::fs::File::open(&log_path).and_then(|mut f| f.read_to_string(&mut text));
            let tail: String = text.lines().rev().take(30).collect::<Vec<_>>().join("\n");
            panic!(
                "the LiteLLM proxy {} within {} s; its log, last lines first:\n{tail}",
                if exited {
                    "exited"
                } else {
                    "did not answer /health/liveliness"
                },
                READY_WITHIN.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    Proxy {
        base,
        _process: guard,
        _dir: dir,
    }
}

/// Whether `GET /health/liveliness` answers 200 (a plain HTTP/1.0 request, no client needed).
fn healthy(port: u16) -> bool {
    use std::io::Write;
    let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    if stream
        .write_all(b"GET /health/liveliness HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).is_ok() && head.ends_with(b"200")
}
