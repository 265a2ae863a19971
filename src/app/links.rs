//! `O`: the article's web address, opened in the browser, but only an http or
//! https one. An article's address comes from its file (a crawler's `url`, a
//! manifest), so it may be anything: a `file:` address would open a local file
//! and a `javascript:` one would run a script, and neither is what "open the
//! article" means.

use super::Effect;
use super::modal::Modal;
use super::state::App;

/// Opens the address of the focused pane's article, or of the article
/// highlighted in the picker; refuses, saying why, an article without one or
/// with one that is not a web address.
pub fn open_url(app: &mut App) -> Vec<Effect> {
    let (outlet, url) = match address(app) {
        Ok((outlet, url)) => (outlet.to_string(), url.to_string()),
        Err(reason) => {
            app.message = Some(reason);
            return Vec::new();
        }
    };
    match web_address(&url) {
        Ok(url) => {
            app.message = Some(format!("opening {url} in the browser"));
            vec![Effect::OpenUrl(url.to_string())]
        }
        Err(reason) => {
            app.message = Some(format!("not opening the address of {outlet}: {reason}"));
            Vec::new()
        }
    }
}

/// `Ok` when there is an address for `O` to try, else why not (so the hint
/// line leaves `O` out for articles without one).
pub fn available(app: &App) -> Result<(), String> {
    address(app).map(|_| ())
}

/// The outlet and address of the article `O` is about: the one highlighted in
/// the picker, else the focused pane's.
fn address(app: &App) -> Result<(&str, &str), String> {
    let article = match &app.modal {
        Modal::Picker(picker) => picker.article(app.corpus.articles.len()),
        _ => Some(app.pane(app.focus).article),
    };
    let meta = &app.corpus.articles[article.ok_or("no article is highlighted")?].meta;
    match &meta.url {
        Some(url) => Ok((&meta.outlet, url)),
        None => Err(format!("{} has no web address to open", meta.outlet)),
    }
}

/// `url` when it is an http or https address with a host and nothing that
/// could be read as more than one argument or line; else why not.
pub fn web_address(url: &str) -> Result<&str, String> {
    let url = url.trim();
    let shown: String = url.chars().take(40).filter(|c| !c.is_control()).collect();
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "\"{shown}\" has spaces or control characters in it"
        ));
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return Err(format!("\"{shown}\" is not a web address"));
    };
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return Err(format!(
            "only http and https addresses are opened, and this one is {scheme}:"
        ));
    }
    let host = rest
        .strip_prefix("//")
        .map(|after| after.split(['/', '?', '#']).next().unwrap_or_default());
    match host {
        Some(host) if !host.is_empty() && !host.starts_with('@') => Ok(url),
        _ => Err(format!("\"{shown}\" names no host")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_with_a_host_are_opened() {
        for good in [
            "https://www.rt.com/news/570728-nato-south-korea/",
            "http://example.org",
            "HTTPS://Example.org/a?b=c#d",
            "  https://example.org/padded  ",
        ] {
            assert!(web_address(good).is_ok(), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript://example.org/%0Aalert(1)",
            "file:///etc/passwd",
            "data:text/html,<script>x</script>",
            "vbscript:msgbox",
            "ftp://example.org/file",
            "https:/no-host",
            "https://",
            "https://@",
            "www.example.org",
            "https://example.org/a b",
            "https://example.org/\u{1b}]52;c;x",
            "",
        ] {
            assert!(web_address(bad).is_err(), "{bad:?} was accepted");
        }
        let why = web_address("javascript:alert(1)").unwrap_err();
        assert!(why.contains("only http and https"), "{why}");
    }
}
