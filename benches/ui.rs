//! Reader hot paths: drawing one frame of the main view at 200×60, and start-up
//! (load the seeds, analyse, build the app, draw the first frame).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::analysis::analyze;
use parallax::app::App;
use parallax::model::load::load_seeds;
use parallax::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

fn frame(c: &mut Criterion) {
    let corpus = load_seeds();
    let analysis = analyze(&corpus);
    let app = App::new(corpus, analysis, Some((2, 4)), Rect::new(0, 0, 200, 60));
    let theme = Theme::colour();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let mut group = c.benchmark_group("ui");
    group.bench_function("draw_main_view_200x60", |b| {
        b.iter(|| {
            terminal
                .draw(|f| ui::draw(f, black_box(&app), &theme))
                .unwrap();
        })
    });
    group.bench_function("baseline_clear_200x60", |b| {
        b.iter(|| {
            terminal
                .draw(|f| f.render_widget(ratatui::widgets::Clear, f.area()))
                .unwrap();
        })
    });
    group.bench_function("startup_to_first_frame", |b| {
        b.iter(|| {
            let corpus = load_seeds();
            let analysis = analyze(&corpus);
            let app = App::new(corpus, analysis, Some((0, 1)), Rect::new(0, 0, 200, 60));
            let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
            terminal.draw(|f| ui::draw(f, &app, &theme)).unwrap();
            black_box(terminal.backend().buffer().area)
        })
    });
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
