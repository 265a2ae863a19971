//! Where the config file is read from: `--config FILE`, else `PARALLAX_CONFIG`,
//! else `config.toml` in the platform config folder.

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

/// The environment variable naming a config file.
pub const CONFIG_ENV: &str = "PARALLAX_CONFIG";

/// Which of the three ways chose the config file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `--config FILE`.
    Flag,
    /// `PARALLAX_CONFIG`.
    Env,
    /// The platform config folder.
    Default,
}

/// The config file to read, and why that one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigLocation {
    /// The file; `None` when no home folder is known and nothing was named.
    pub path: Option<PathBuf>,
    /// What chose it.
    pub origin: Origin,
}

impl ConfigLocation {
    /// The location for this command line and environment.
    pub fn find(flag: Option<&Path>) -> Self {
        let platform = directories::ProjectDirs::from("", "", "parallax")
            .map(|dirs| dirs.config_dir().join("config.toml"));
        Self::choose(flag, std::env::var_os(CONFIG_ENV), platform)
    }

    /// The choice itself, from the values alone: the flag, then a non-empty
    /// variable, then the platform default.
    pub fn choose(flag: Option<&Path>, env: Option<OsString>, platform: Option<PathBuf>) -> Self {
        if let Some(path) = flag {
            return Self {
                path: Some(path.to_path_buf()),
                origin: Origin::Flag,
            };
        }
        match env.filter(|value| !value.is_empty()) {
            Some(value) => Self {
                path: Some(PathBuf::from(value)),
                origin: Origin::Env,
            },
            None => Self {
                path: platform,
                origin: Origin::Default,
            },
        }
    }

    /// The folder theme files are looked for in: `themes/` beside the config file.
    pub fn themes_dir(&self) -> Option<PathBuf> {
        let parent = self.path.as_ref()?.parent()?;
        Some(parent.join("themes"))
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Origin::Flag => "set by --config",
            Origin::Env => "set by PARALLAX_CONFIG",
            Origin::Default => "the default location",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_then_variable_then_platform() {
        let platform = Some(PathBuf::from("/home/u/.config/parallax/config.toml"));
        let chosen = ConfigLocation::choose(
            Some(Path::new("a.toml")),
            Some("b.toml".into()),
            platform.clone(),
        );
        assert_eq!(chosen.path, Some(PathBuf::from("a.toml")));
        assert_eq!(chosen.origin, Origin::Flag);
        let chosen = ConfigLocation::choose(None, Some("b.toml".into()), platform.clone());
        assert_eq!(
            (chosen.path, chosen.origin),
            (Some("b.toml".into()), Origin::Env)
        );
        let chosen = ConfigLocation::choose(None, Some("".into()), platform.clone());
        assert_eq!(
            (chosen.path.clone(), chosen.origin),
            (platform, Origin::Default)
        );
        assert_eq!(
            chosen.themes_dir(),
            Some(PathBuf::from("/home/u/.config/parallax/themes"))
        );
    }
}
