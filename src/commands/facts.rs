//! `parallax facts`: the fact table without the reader, as text or JSON; or
//! what one outlet left out.

use std::io::Write;

use anyhow::{Result, bail};

use crate::analysis::facts::json::facts_doc;
use crate::analysis::facts::{FactTable, GAP, omissions, visible_rows};
use crate::analysis::progress::Scope;
use crate::cli::FactsArgs;
use crate::model::Corpus;

/// Prints the fact table of the inputs as `args` asks.
pub fn facts(args: &FactsArgs, out: &mut dyn Write) -> Result<()> {
    let corpus = super::steps::load(&args.input.paths)?;
    for warning in &corpus.warnings {
        eprintln!("parallax: warning: {warning}");
    }
    let mut analysis = super::steps::analyze(&corpus, Scope::WithoutAlignment);
    if let Some(session) = &args.session {
        super::corrected::apply_session(session, &corpus, &mut analysis)?;
    }
    let table = FactTable::build(&corpus, &analysis);
    let (rows, omitted_by) = match &args.omissions {
        Some(name) => {
            let column = outlet_column(&corpus, name)?;
            (omissions(&table, column), Some(column))
        }
        None => {
            let outlet = args
                .outlet
                .as_deref()
                .map(|name| outlet_column(&corpus, name))
                .transpose()?;
            (visible_rows(&table, args.status, outlet), None)
        }
    };
    if args.input.json {
        return super::write_json(out, &facts_doc(&corpus, &table, &rows, omitted_by));
    }
    if let Some(column) = omitted_by {
        writeln!(
            out,
            "{} leaves out {} fact{} that most other outlets report:",
            corpus.articles[column].meta.outlet,
            rows.len(),
            if rows.len() == 1 { "" } else { "s" }
        )?;
    }
    let total = table.outlets.len();
    for &r in &rows {
        let row = &table.rows[r];
        writeln!(
            out,
            "#{} {:?} {}/{total}: {}",
            row.group, row.status, row.carried, row.fact
        )?;
        for &article in &table.outlets {
            let value = row
                .cell(article)
                .map_or_else(|| GAP.to_string(), |c| c.label());
            writeln!(out, "    {}: {value}", corpus.articles[article].meta.outlet)?;
        }
    }
    Ok(())
}

/// The column of the outlet named `name`: an article id, else an outlet name
/// (ignoring case) that only one article has.
fn outlet_column(corpus: &Corpus, name: &str) -> Result<usize> {
    if let Some(index) = corpus.index_of(name) {
        return Ok(index);
    }
    let wanted = name.trim().to_lowercase();
    let found: Vec<usize> = corpus
        .articles
        .iter()
        .enumerate()
        .filter(|(_, a)| a.meta.outlet.to_lowercase() == wanted)
        .map(|(i, _)| i)
        .collect();
    match found.as_slice() {
        [one] => Ok(*one),
        [] => {
            let known: Vec<&str> = corpus
                .articles
                .iter()
                .map(|a| a.meta.outlet.as_str())
                .collect();
            bail!("no outlet '{name}' among the inputs ({})", known.join(", "))
        }
        several => {
            let ids: Vec<&str> = several
                .iter()
                .map(|&i| corpus.articles[i].meta.id.as_str())
                .collect();
            bail!(
                "{} articles are from '{name}': give one's id ({})",
                several.len(),
                ids.join(", ")
            )
        }
    }
}
