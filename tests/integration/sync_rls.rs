//! The team set-up of docs/sync.md on a real PostgreSQL: one role per author, the row-level
//! security policies exactly as the document prints them (with this test's role and schema
//! names), and two authors who each see only their team's courses — while personas, shared by
//! everyone, reach both.

use lectern::services::seed_synthetic;
use lectern::services::sync::sync;
use lectern::storage::MindRecord;

use super::sync_core_support::{Replica, ServerSchema, connect_plain};

/// The ```sql blocks of docs/sync.md's team section, in order.
fn team_sql() -> Vec<String> {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/sync.md")).unwrap();
    let team = doc
        .split("### A team on one self-hosted PostgreSQL")
        .nth(1)
        .unwrap()
        .split("### Supabase")
        .next()
        .unwrap();
    team.split("```sql")
        .skip(1)
        .map(|b| b.split("```").next().unwrap().to_string())
        .collect()
}

fn url_as(base: &str, role: &str) -> String {
    let rest = base.split_once('@').map(|(_, r)| r).unwrap();
    format!("postgres://{role}@{rest}")
}

#[test]
fn row_level_security_from_the_docs_keeps_each_author_to_their_team() {
    let server = ServerSchema::new();
    let tag = &server.name[2..14];
    let names = [
        ("lectern_authors", format!("authors_{tag}")),
        ("lectern_admin", format!("admin_{tag}")),
        ("ana", format!("ana_{tag}")),
        ("bruno", format!("bruno_{tag}")),
    ];
    let rename = |sql: &str| {
        let mut sql = sql.replace("lectern.", &format!("{}.", server.name));
        sql = sql.replace("SCHEMA lectern ", &format!("SCHEMA {} ", server.name));
        for (from, to) in &names {
            sql = sql.replace(from, to);
        }
        sql.replace("PASSWORD '…'", "")
    };
    let blocks = team_sql();
    assert_eq!(blocks.len(), 2, "docs/sync.md's team section changed shape");
    let (ana, bruno) = (names[2].1.clone(), names[3].1.clone());
    server.runtime.block_on(async {
        let admin = connect_plain(&server.admin_url).await;
        admin.batch_execute(&rename(&blocks[0])).await.unwrap();
        admin.batch_execute(&rename(&blocks[1])).await.unwrap();
        let members = format!(
            "INSERT INTO {s}.team_courses VALUES ('seed-00000', '{ana}'), ('seed-00001', '{ana}'),
                ('seed-00001', '{bruno}')",
            s = server.name
        );
        admin.batch_execute(&members).await.unwrap();
    });

    let mut a = Replica::new("ana");
    seed_synthetic(&mut a.store, 2, 2).unwrap();
    a.store
        .write(|r| {
            r.upsert_mind(&MindRecord {
                slug: "mentor".into(),
                display_name: "Mentor".into(),
                short_bio: None,
                voice_profile: serde_json::json!({}),
                system_prompt: Some("Speak plainly.".into()),
            })
        })
        .unwrap();
    let mut b = Replica::new("bruno");
    let opts = server.options();
    let result = server.runtime.block_on(async {
        let mut as_ana = connect_plain(&url_as(&server.admin_url, &ana)).await;
        sync(&mut a.store, &mut as_ana, &opts).await.unwrap();
        let mut as_bruno = connect_plain(&url_as(&server.admin_url, &bruno)).await;
        sync(&mut b.store, &mut as_bruno, &opts).await.unwrap();
        // A course outside bruno's team cannot be written by him either.
        let sql = format!(
            "INSERT INTO {}.heads VALUES ('seed-00000', 'brief', 'x')",
            server.name
        );
        as_bruno.batch_execute(&sql).await
    });
    assert!(result.is_err(), "bruno wrote into a course of another team");
    let courses: Vec<String> = b
        .store
        .read()
        .list_courses(true)
        .unwrap()
        .into_iter()
        .map(|c| c.slug)
        .collect();
    assert_eq!(courses, vec!["seed-00001".to_string()]);
    let mentor: String = rusqlite::Connection::open(b.db())
        .unwrap()
        .query_row(
            "SELECT system_prompt FROM minds WHERE slug = 'mentor'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(mentor, "Speak plainly.");
    server.runtime.block_on(async {
        let admin = connect_plain(&server.admin_url).await;
        let drop = format!(
            "DROP SCHEMA {s} CASCADE; DROP ROLE {ana}; DROP ROLE {bruno}; DROP ROLE {admin};
             DROP ROLE {authors};",
            s = server.name,
            admin = names[1].1,
            authors = names[0].1
        );
        admin.batch_execute(&drop).await.unwrap();
    });
}
