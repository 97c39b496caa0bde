//! PyO3 bindings (compiled only with the `python` feature): the private
//! extension module `nf_tokenizer._native`. Every call releases the GIL
//! around the actual work.

use crate::{text, CoreBpe, Error};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

impl From<Error> for PyErr {
    fn from(err: Error) -> PyErr {
        PyValueError::new_err(err.to_string())
    }
}

/// A cl100k_base encoder built from the bytes of a `.tiktoken` file.
#[pyclass(module = "nf_tokenizer._native")]
struct Encoding {
    inner: CoreBpe,
}

#[pymethods]
impl Encoding {
    #[new]
    fn new(py: Python<'_>, data: &[u8]) -> PyResult<Self> {
        let inner = py.allow_threads(|| CoreBpe::from_tiktoken(data))?;
        Ok(Encoding { inner })
    }

    #[getter]
    fn n_vocab(&self) -> usize {
        self.inner.n_vocab()
    }

    fn count(&self, py: Python<'_>, text: &str) -> usize {
        py.allow_threads(|| self.inner.count(text))
    }

    fn encode(&self, py: Python<'_>, text: &str) -> Vec<u32> {
        py.allow_threads(|| self.inner.encode(text))
    }

    fn decode(&self, py: Python<'_>, ids: Vec<i64>) -> PyResult<String> {
        Ok(py.allow_threads(|| self.inner.decode(ids))?)
    }

    fn truncate(&self, py: Python<'_>, text: &str, max_tokens: i64) -> PyResult<String> {
        Ok(py.allow_threads(|| self.inner.truncate(text, max_tokens).map(str::to_owned))?)
    }

    #[args(threads = "0")]
    fn count_batch(&self, py: Python<'_>, texts: Vec<&str>, threads: usize) -> Vec<usize> {
        py.allow_threads(|| self.inner.count_batch(&texts, threads))
    }
}

/// NFKC, whitespace folding, zero-width and bidi-control removal.
#[pyfunction]
fn normalize(py: Python<'_>, text: &str) -> String {
    py.allow_threads(|| text::normalize(text))
}

/// Plain text of an HTML document.
#[pyfunction]
fn clean_html(py: Python<'_>, html: &str) -> String {
    py.allow_threads(|| text::clean_html(html))
}

#[pymodule]
fn _native(_py: Python<'_>, m: &PyModule) -> PyResult<()> {
    m.add_class::<Encoding>()?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(clean_html, m)?)?;
    m.add("UNICODE_VERSION", crate::UNICODE_VERSION)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
