//! Staff through the real run loop on both backends: invitations (CLI and /staff), the confirm
//! card, grants, per-chat menus, revocation, and what refugees, other users and revoked staff
//! can NOT do: spent, expired, revoked and unknown tokens get the answer any /start gets, staff
//! commands are unknown to refugees, forged staff buttons change nothing; the audit log has a row
//! for each step and never a token or a text.

use crate::app::{STALE, TestApp, on_each_backend};
use crate::db::TestDb;
use serde_json::Value;
use sifor::domain::Role;
use sifor::domain::staff::Scope;
use sifor::services::staff::invite;
use std::process::Command;

const UNKNOWN: &str = "I do not know this command.";

/// An invitation made as `sifor invite` makes it; returns the token.
async fn invitation(t: &TestApp, role: Role, regions: &str, org: Option<&str>, valid: i64, now: i64) -> String {
    let scope = Scope::parse(regions, "", org).unwrap();
    let mut tx = t.db.store.begin().await.unwrap();
    let made = invite::create(&mut tx, role, &scope, "cli", valid, now).await.unwrap();
    tx.commit().await.unwrap();
    made.token
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

/// The command names of every setMyCommands call scoped to `chat`, in order.
fn chat_menus(t: &TestApp, chat: i64) -> Vec<Vec<String>> {
    t.fake
        .calls()
        .iter()
        .filter(|(m, body)| m == "setmycommands" && body["scope"]["chat_id"].as_i64() == Some(chat))
        .map(|(_, body)| commands_of(body))
        .collect()
}

fn commands_of(body: &Value) -> Vec<String> {
    body["commands"]
        .as_array()
        .map_or(Vec::new(), |c| c.iter().filter_map(|c| c["command"].as_str().map(str::to_string)).collect())
}

fn deleted_menus(t: &TestApp, chat: i64) -> usize {
    t.fake
        .calls()
        .iter()
        .filter(|(m, body)| m == "deletemycommands" && body["scope"]["chat_id"].as_i64() == Some(chat))
        .count()
}

fn sifor(db: &TestDb, args: &[&str]) -> (i32, String) {
    db.sifor(args)
}

async fn english(t: &TestApp, user: i64) {
    t.send_text(user, "/start");
    t.press(user, "English").await;
    t.sees(user, "How old are you?").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invitation_grants_once_with_a_menu_for_that_chat_only() {
    on_each_backend(async |db| {
        let t = TestApp::start(db).await;
        let (coordinator, stranger) = (2001, 2002);
        english(&t, coordinator).await;
        english(&t, stranger).await;
        let token = invitation(&t, Role::Coordinator, "berlin", Some("Stadt Berlin"), 3_600, now()).await;

        t.send_text(coordinator, &format!("/start {token}"));
        let offer =
            t.sees(coordinator, "You are invited to help run sifor as coordinator for Berlin, for Stadt Berlin.").await;
        assert_eq!(offer.labels(), ["✅ Accept", "❌ No, thanks"], "{}", t.backend());
        assert_eq!(t.stored_user(coordinator, "role").await.as_deref(), Some("refugee"), "nothing before Accept");
        t.press(coordinator, "✅ Accept").await;
        t.sees(coordinator, "Welcome! You are now coordinator for Berlin.").await;
        assert_eq!(t.stored_user(coordinator, "role").await.as_deref(), Some("coordinator"));
        t.send_text(coordinator, "/myrole");
        let pseudonym = t.stored_user(coordinator, "pseudonym").await.unwrap();
        t.sees(coordinator, &format!("You are coordinator for Berlin (Stadt Berlin). Your pseudonym: {pseudonym}"))
            .await;
        t.settle().await;
        let menus = chat_menus(&t, coordinator);
        assert_eq!(menus.len(), 1, "one menu for the new coordinator's chat: {menus:?}");
        assert!(menus[0].contains(&"myrole".to_string()) && !menus[0].contains(&"staff".to_string()), "{menus:?}");
        assert!(chat_menus(&t, stranger).is_empty(), "no other chat gets a staff menu");
        let everyone = t
            .fake
            .calls()
            .into_iter()
            .filter(|(m, b)| m == "setmycommands" && b["scope"]["type"] == "all_private_chats");
        for (_, body) in everyone {
            let names = commands_of(&body);
            assert!(!names.iter().any(|c| c == "myrole" || c == "staff"), "refugees' menu: {names:?}");
        }

        // The same link again, by the same person and by someone else: like any /start.
        let before = t.dump().await;
        t.send_text(coordinator, &format!("/start {token}"));
        t.send_text(stranger, &format!("/start {token}"));
        t.sees(stranger, "How old are you?").await;
        t.settle().await;
        assert_eq!(t.count_seen(stranger, "You are invited"), 0);
        assert_eq!(t.count_seen(coordinator, "You are invited"), 1);
        assert_eq!(t.stored_user(stranger, "role").await.as_deref(), Some("refugee"));
        let staff_rows = |d: &str| {
            d.lines()
                .filter(|l| l.starts_with("staff: ") || l.starts_with("invites: "))
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(staff_rows(&t.dump().await), staff_rows(&before), "nothing changes");
        assert_eq!(t.stored_user(stranger, "came_from").await, None, "a token is never kept as a source");

        // Neither the token nor the organisation's typed name leaks into the audit log.
        let dump = t.dump().await;
        assert!(!dump.contains(&token), "the token is stored nowhere");
        let audit: Vec<&str> = dump.lines().filter(|l| l.starts_with("audit_log: ")).collect();
        for action in ["invite_created", "invite_used", "grant"] {
            assert!(audit.iter().any(|l| l.contains(&format!("| {action} |"))), "{action} audited: {audit:#?}");
        }
        assert!(audit.iter().all(|l| !l.contains("Stadt Berlin")), "{audit:#?}");
        t.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expired_revoked_unknown_and_declined_invitations_grant_nothing() {
    on_each_backend(async |db| {
        let t = TestApp::start(db).await;
        let user = 2101;
        english(&t, user).await;
        let expired = invitation(&t, Role::Partner, "vienna", None, 600, now() - 3_600).await;
        let revoked = invitation(&t, Role::Partner, "vienna", None, 3_600, now()).await;
        let mut tx = t.db.store.begin().await.unwrap();
        let open = sifor::storage::staff::open_invites(&mut tx, now()).await.unwrap();
        assert_eq!(open.len(), 1, "{}", t.backend());
        assert!(sifor::storage::staff::revoke_invite(&mut tx, open[0].id, now()).await.unwrap());
        tx.commit().await.unwrap();
        let unknown = format!("inv_{}", "A".repeat(32));
        for token in [&expired, &revoked, &unknown, &"inv_short".to_string()] {
            t.send_text(user, &format!("/start {token}"));
        }
        t.sees_times(user, "How old are you?", 5).await;
        assert_eq!(t.count_seen(user, "You are invited"), 0, "{}", t.backend());

        let declined = invitation(&t, Role::Admin, "DE", None, 3_600, now()).await;
        t.send_text(user, &format!("/start {declined}"));
        t.sees(user, "as admin for all of Germany").await;
        t.press(user, "❌ No, thanks").await;
        t.sees(user, "All right. Nothing has changed.").await;
        // Accept on the old card after declining: an old button.
        let card = t.seen(user).into_iter().rev().find(|m| m.text.contains("You are invited")).unwrap();
        t.fake.press(user, card.id, "✅ Accept");
        t.sees_times(user, STALE, 1).await;
        assert_eq!(t.stored_user(user, "role").await.as_deref(), Some("refugee"));
        t.settle().await;
        assert!(chat_menus(&t, user).is_empty());
        t.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refugees_cannot_use_staff_commands_or_forged_staff_buttons() {
    on_each_backend(async |db| {
        let t = TestApp::start(db).await;
        let (refugee, staff) = (2201, 2202);
        english(&t, refugee).await;
        english(&t, staff).await;
        let staff_pseudonym = t.stored_user(staff, "pseudonym").await.unwrap();
        let (code, out) = sifor(&t.db, &["grant", &staff_pseudonym, "--role", "coordinator", "--region", "berlin"]);
        assert_eq!(code, 0, "{out}");
        for command in ["/staff", "/myrole", "/announce", "/review"] {
            t.send_text(refugee, command);
        }
        t.sees_times(refugee, UNKNOWN, 4).await;
        let question = t.last(refugee);
        let before = t.dump().await;
        let forged = [
            "Ti0",
            "Ts0.0",
            "Ts2.5",
            &format!("Tr{staff_pseudonym}"),
            &format!("Ty{staff_pseudonym}"),
            "Tl",
            "I1",
            "I0",
        ];
        for data in forged {
            t.press_data(refugee, question.id, data);
        }
        t.sees_times(refugee, STALE, forged.len()).await;
        t.settle().await;
        let after = t.dump().await;
        let rows =
            |d: &str, table: &str| d.lines().filter(|l| l.starts_with(table)).map(str::to_string).collect::<Vec<_>>();
        for table in ["staff: ", "invites: ", "audit_log: "] {
            assert_eq!(rows(&after, table), rows(&before, table), "{table} unchanged on {}", t.backend());
        }
        assert_eq!(t.stored_user(staff, "role").await.as_deref(), Some("coordinator"));
        // A coordinator is not an admin: the roster and its buttons stay closed to them.
        t.send_text(staff, "/staff");
        t.sees_times(staff, UNKNOWN, 1).await;
        let last = t.last(staff);
        t.press_data(staff, last.id, "Ti1");
        t.sees_times(staff, STALE, 1).await;
        t.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_invites_from_telegram_and_revokes_and_the_old_buttons_go_inert() {
    on_each_backend(async |db| {
        let t = TestApp::start(db).await;
        let (admin, partner) = (2301, 2302);
        english(&t, admin).await;
        english(&t, partner).await;
        let admin_pseudonym = t.stored_user(admin, "pseudonym").await.unwrap();
        let (code, out) = sifor(&t.db, &["grant", &admin_pseudonym]);
        assert_eq!(code, 0, "{out}");

        t.send_text(admin, "/staff");
        let roster = t.sees(admin, "👥 Staff: 1").await;
        assert!(roster.text.contains(&format!("{admin_pseudonym} · admin · all of Germany")), "{}", roster.text);
        t.press(admin, "➕ Invite: partner organisation").await;
        t.sees(admin, "Which region should the new partner organisation cover?").await;
        t.press(admin, "Vienna").await;
        let link = t.sees(admin, "https://t.me/sifor_bot?start=inv_").await;
        let token = link.text.rsplit("start=").next().unwrap().trim().to_string();
        assert!(sifor::domain::staff::is_token(&token), "{token}");
        t.settle().await;
        let menus = chat_menus(&t, admin);
        assert!(menus.last().is_some_and(|m| m.contains(&"staff".to_string())), "the admin's chat menu: {menus:?}");

        t.send_text(partner, &format!("/start {token}"));
        t.sees(partner, "as partner organisation for Vienna").await;
        t.press(partner, "✅ Accept").await;
        t.sees(partner, "Welcome! You are now partner organisation for Vienna.").await;
        let partner_pseudonym = t.stored_user(partner, "pseudonym").await.unwrap();

        t.send_text(admin, "/staff");
        t.sees(admin, "👥 Staff: 2").await;
        t.press(admin, &format!("✖️ Revoke {partner_pseudonym}")).await;
        t.sees(admin, &format!("Take the role partner organisation away from {partner_pseudonym}?")).await;
        let confirm = t.last(admin);
        t.press(admin, "✖️ Yes, revoke").await;
        t.sees(admin, &format!("{partner_pseudonym} is no longer staff.")).await;
        t.settle().await;
        assert_eq!(t.stored_user(partner, "role").await.as_deref(), Some("refugee"));
        assert_eq!(deleted_menus(&t, partner), 1, "the partner's staff menu is removed");
        // The confirm button again, and the revoked partner's own command: nothing more happens.
        t.fake.press(admin, confirm.id, "✖️ Yes, revoke");
        t.sees(admin, &format!("{partner_pseudonym} is not staff any more. Nothing has changed.")).await;
        t.send_text(partner, "/myrole");
        t.sees_times(partner, UNKNOWN, 1).await;

        let dump = t.dump().await;
        let audit: Vec<&str> = dump.lines().filter(|l| l.starts_with("audit_log: ")).collect();
        for (actor, action) in [
            ("cli", "grant"),
            (admin_pseudonym.as_str(), "invite_created"),
            (partner_pseudonym.as_str(), "invite_used"),
            (admin_pseudonym.as_str(), "revoke"),
        ] {
            assert!(
                audit.iter().any(|l| l.contains(&format!("| {actor} | {action} |"))),
                "{actor} {action}: {audit:#?}"
            );
        }
        assert!(!dump.contains(&token), "the token is stored nowhere");

        let (code, listed) = sifor(&t.db, &["staff", "list"]);
        assert_eq!(code, 0, "{listed}");
        assert!(listed.contains(&admin_pseudonym) && listed.contains("1 staff"), "{listed}");
        assert!(
            !listed.contains(&admin.to_string()) && !listed.contains(&partner_pseudonym),
            "pseudonyms only: {listed}"
        );
        let (_, audit_out) = sifor(&t.db, &["audit", "--actor", &admin_pseudonym]);
        assert!(
            audit_out.contains("invite_created") && audit_out.contains("revoke") && !audit_out.contains("| cli |"),
            "{audit_out}"
        );
        t.finish().await;
    })
    .await;
}

#[test]
fn sifor_invite_prints_the_link_last_and_refuses_bad_scopes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("staff.db");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_sifor"))
            .args(args)
            .arg("--db")
            .arg(&db)
            .env_remove("DATABASE_URL")
            .env_remove("TELOXIDE_TOKEN")
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (code, out, err) = run(&[
        "invite",
        "--role",
        "partner",
        "--region",
        "berlin",
        "--topics",
        "jobs,business",
        "--org",
        "IQ Netzwerk",
        "--bot-username",
        "@sifor_bot",
    ]);
    assert_eq!(code, Some(0), "{out}{err}");
    let last = out.lines().last().unwrap();
    let token = last.strip_prefix("https://t.me/sifor_bot?start=").expect(last);
    assert!(sifor::domain::staff::is_token(token), "{token}");
    let stored = std::fs::read(&db).unwrap();
    assert!(!stored.windows(token.len()).any(|w| w == token.as_bytes()), "the token is not in the database file");

    let (code, _, err) = run(&["invite", "--role", "partner", "--region", "atlantis", "--bot-username", "b"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("unknown region or country `atlantis`"), "{err}");
    let (code, _, err) = run(&["invite", "--role", "refugee", "--region", "berlin", "--bot-username", "b"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("needs no invitation") || err.contains("unknown role"), "{err}");
    let (code, _, err) = run(&["invite", "--role", "coordinator", "--bot-username", "b"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--region is needed"), "{err}");
    let (code, _, err) =
        run(&["invite", "--role", "coordinator", "--region", "DE", "--expires", "400d", "--bot-username", "b"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--expires"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_or_erased_makers_links_and_a_declined_link_grant_nothing() {
    on_each_backend(async |db| {
        let t = TestApp::start(db).await;
        let (admin, a, b, coordinator) = (2401, 2402, 2403, 2404);
        for user in [admin, a, b, coordinator] {
            english(&t, user).await;
        }
        let admin_pseudonym = t.stored_user(admin, "pseudonym").await.unwrap();
        assert_eq!(sifor(&t.db, &["grant", &admin_pseudonym]).0, 0);
        let (code, out) = sifor(&t.db, &["grant", &admin_pseudonym, "--region", "berlin"]);
        assert_eq!(code, 2, "admins cover every country: {out}");

        // The admin makes a link, then loses the role: the link grants nothing.
        t.send_text(admin, "/staff");
        t.press(admin, "➕ Invite: coordinator").await;
        t.press(admin, "Berlin").await;
        let link = t.sees(admin, "?start=inv_").await;
        let kept = link.text.rsplit("start=").next().unwrap().trim().to_string();
        let (code, out) = sifor(&t.db, &["staff", "revoke", &admin_pseudonym]);
        assert_eq!(code, 0, "{out}");
        t.send_text(a, &format!("/start {kept}"));
        t.sees_times(a, "How old are you?", 2).await;
        assert_eq!(t.count_seen(a, "You are invited"), 0, "{}", t.backend());

        // Declined links are withdrawn; the card of an earlier link is an old button.
        let first = invitation(&t, Role::Partner, "vienna", None, 3_600, now()).await;
        let second = invitation(&t, Role::Coordinator, "DE", None, 3_600, now()).await;
        t.send_text(b, &format!("/start {first}"));
        t.sees(b, "as partner organisation for Vienna").await;
        let first_card = t.last(b);
        t.send_text(b, &format!("/start {second}"));
        let second_card = t.sees(b, "as coordinator for all of Germany").await;
        t.fake.press(b, first_card.id, "✅ Accept");
        t.sees_times(b, STALE, 1).await;
        t.fake.press(b, second_card.id, "❌ No, thanks");
        t.sees(b, "All right. Nothing has changed.").await;
        t.send_text(a, &format!("/start {second}"));
        t.sees_times(a, "How old are you?", 3).await;
        assert_eq!(t.count_seen(a, "You are invited"), 0, "a declined link is spent: {}", t.backend());
        assert_eq!(t.stored_user(b, "role").await.as_deref(), Some("refugee"));

        // Staff are not offered another role; a failed menu call is sent again.
        let token = invitation(&t, Role::Coordinator, "berlin", None, 3_600, now()).await;
        let other = invitation(&t, Role::Admin, "DE", None, 3_600, now()).await;
        t.fake.fail("setMyCommands", None, crate::fake_telegram::Fault::Blocked, 1);
        t.send_text(coordinator, &format!("/start {token}"));
        t.press(coordinator, "✅ Accept").await;
        t.sees(coordinator, "Welcome!").await;
        t.settle().await;
        assert_eq!(chat_menus(&t, coordinator).len(), 1, "one menu call, refused by Telegram");
        assert_eq!(t.stored_user(coordinator, "menu").await.as_deref(), Some("refugee"), "not noted as set");
        t.send_text(coordinator, &format!("/start {other}"));
        t.settle().await;
        assert_eq!(t.count_seen(coordinator, "as admin"), 0, "no second role offered");
        assert_eq!(t.stored_user(coordinator, "role").await.as_deref(), Some("coordinator"));
        assert_eq!(chat_menus(&t, coordinator).len(), 2, "the menu is sent again with the next message");
        assert_eq!(t.stored_user(coordinator, "menu").await.as_deref(), Some("coordinator"));

        // A coordinator who erases themselves: their staff record stays, pseudonym-less, and
        // their chat's staff menu goes.
        let who = t.stored_user(coordinator, "pseudonym").await.unwrap();
        t.send_text(coordinator, "/delete");
        t.press(coordinator, "🗑️ Yes, delete everything").await;
        t.settle().await;
        assert_eq!(deleted_menus(&t, coordinator), 1, "{}", t.backend());
        let dump = t.dump().await;
        assert!(!dump.contains(&who), "the pseudonym is gone: {dump}");
        let audit: Vec<&str> = dump.lines().filter(|l| l.starts_with("audit_log: ")).collect();
        assert!(audit.iter().any(|l| l.contains("| invite_used |") && l.contains("| deleted |")), "{audit:#?}");
        t.finish().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_roster_shows_staff_actions_only_and_staff_outlive_the_consent_purge() {
    on_each_backend(async |db| {
        let t = TestApp::start(db).await;
        let (admin, refugee) = (2501, 2502);
        english(&t, admin).await;
        english(&t, refugee).await;
        let admin_pseudonym = t.stored_user(admin, "pseudonym").await.unwrap();
        assert_eq!(sifor(&t.db, &["grant", &admin_pseudonym]).0, 0);
        t.send_text(refugee, "/mydata");
        t.fake.wait_for(refugee, "the export", |s| s.iter().any(|m| m.document.is_some())).await;
        t.send_text(admin, "/staff");
        let roster = t.sees(admin, "👥 Staff: 1").await;
        let refugee_pseudonym = t.stored_user(refugee, "pseudonym").await.unwrap();
        assert!(!roster.text.contains(&refugee_pseudonym), "no refugee's entries: {}", roster.text);
        assert!(roster.text.contains(&format!("cli · grant · {admin_pseudonym}")), "{}", roster.text);
        t.press(admin, "➕ Invite: coordinator").await;
        t.press(admin, "Vienna").await;
        let link = t.sees(admin, "?start=inv_").await;
        let token = link.text.rsplit("start=").next().unwrap().trim().to_string();
        t.send_text(admin, "/mydata");
        let export = t.fake.wait_for(admin, "the export", |s| s.iter().any(|m| m.document.is_some())).await;
        let (_, json) = export.iter().find_map(|m| m.document.clone()).unwrap();
        let data: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(data["staff_role"]["role"], "admin", "{json}");
        assert_eq!(data["invitations_made"].as_array().map(Vec::len), Some(1), "{json}");
        assert_eq!(data["invitations_made"][0]["regions"], "vienna");
        assert!(!json.contains(&token), "no token in the export");
        t.settle().await;
        // A coordinator joins by link and is revoked again; nobody here consented to anything.
        let coordinator = 2503;
        english(&t, coordinator).await;
        let ex = t.stored_user(coordinator, "pseudonym").await.unwrap();
        let link = invitation(&t, Role::Coordinator, "berlin", None, 3_600, now()).await;
        t.send_text(coordinator, &format!("/start {link}"));
        t.press(coordinator, "✅ Accept").await;
        t.sees(coordinator, "Welcome!").await;
        assert_eq!(sifor(&t.db, &["staff", "revoke", &ex]).0, 0);
        t.settle().await;
        // Ten days on, the purge takes the refugee and the ex-coordinator, never the admin; the
        // record of staff actions stays, without the pseudonym.
        let later = now() + 10 * 86_400;
        let done = sifor::storage::purge::run(&t.db.store, sifor::config::Retention::default(), later).await.unwrap();
        assert_eq!(done.users, 2, "{}", t.backend());
        assert_eq!(t.stored_user(admin, "role").await.as_deref(), Some("admin"));
        assert_eq!(t.stored_user(refugee, "role").await, None);
        assert_eq!(t.stored_user(coordinator, "role").await, None);
        let dump = t.dump().await;
        assert!(!dump.contains(&ex), "the purged pseudonym is nowhere: {dump}");
        for action in ["| invite_used |", "| grant |", "| revoke |"] {
            assert!(
                dump.lines().any(|l| l.starts_with("audit_log: ") && l.contains(action) && l.contains("| deleted |")),
                "{action}: {dump}"
            );
        }
        t.finish().await;
    })
    .await;
}
