#[test]
fn peek() {
    for n in ["agencia-ia", "notebooklm-express", "didatica-lendaria"] {
        let t = std::fs::read_to_string(format!("/work/shared/corpus/{n}/curriculum.yaml")).unwrap();
        let c = lectern::domain::curriculum::parse_curriculum(&t).unwrap();
        for i in &c.issues { println!("{n}: {:?} {} {}", i.line_start, i.code, i.message); }
        for l in c.lessons().take(3) { println!("  {} {:?} {:?} {}", l.lesson_id, l.title, l.file_path, l.line); }
    }
}
