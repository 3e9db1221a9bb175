//! Where sifor finds its content. Paths come from the command line or `SIFOR_FLOWS` /
//! `SIFOR_LOCALES`; by default the `flows/` and `locales/` folders of the working directory,
//! or of the source tree when run from elsewhere (e.g. by `cargo run` in a subfolder).

use std::path::{Path, PathBuf};

/// The folder `name` in the working directory if it exists, else the one in the source tree.
pub fn content_dir(name: &str) -> PathBuf {
    let here = PathBuf::from(name);
    if here.is_dir() {
        return here;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

pub fn flows_dir(explicit: Option<PathBuf>) -> PathBuf {
    explicit.unwrap_or_else(|| content_dir("flows"))
}

pub fn locales_dir(explicit: Option<PathBuf>) -> PathBuf {
    explicit.unwrap_or_else(|| content_dir("locales"))
}

/// Loads locales and flows together (flows are checked against the locales' messages).
pub fn load_content(
    flows: &Path,
    locales: &Path,
) -> Result<(crate::flow::Registry, crate::i18n::Locales), Vec<String>> {
    let locales = crate::i18n::Locales::load(locales)?;
    let flows = crate::flow::Registry::load(flows, &locales)
        .map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    Ok((flows, locales))
}
