//! The `parallax` binary.

fn main() {
    let corpus = parallax::model::load::load_seeds();
    println!("{} articles", corpus.articles.len());
}
