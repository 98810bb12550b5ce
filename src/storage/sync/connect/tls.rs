//! The rustls client configuration for a sync server: the CA file's certificates (or the
//! platform's trust store) and the host-name check, with the `ring` provider (no OpenSSL).
//! Must not depend on anything above storage.

use std::path::Path;
use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore};

use super::{SyncConnectError, SyncTarget};
use crate::domain::said::{Said, SaidArg};

pub fn client_config(target: &SyncTarget) -> Result<ClientConfig, SyncConnectError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls_error = |e: rustls::Error| SyncConnectError::Tls {
        endpoint: target.endpoint(),
        reason: e.to_string().into(),
    };
    let verifier: Arc<dyn ServerCertVerifier> = match &target.ca_file {
        Some(path) => {
            let roots = read_roots(path)?;
            WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
                .build()
                .map_err(|e| SyncConnectError::CaFile {
                    path: path.clone(),
                    reason: e.to_string().into(),
                })?
        }
        None => {
            Arc::new(rustls_platform_verifier::Verifier::new(provider.clone()).map_err(tls_error)?)
        }
    };
    let verifier: Arc<dyn ServerCertVerifier> = if target.sslmode.checks_host_name() {
        verifier
    } else {
        Arc::new(ChainOnly(verifier))
    };
    Ok(ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(tls_error)?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth())
}

fn read_roots(path: &Path) -> Result<RootCertStore, SyncConnectError> {
    let bad = |reason: SaidArg| SyncConnectError::CaFile {
        path: path.to_path_buf(),
        reason,
    };
    let mut roots = RootCertStore::empty();
    // The PEM reader's and rustls's sentences are quoted as written.
    for cert in CertificateDer::pem_file_iter(path).map_err(|e| bad(e.to_string().into()))? {
        let cert = cert.map_err(|e| bad(e.to_string().into()))?;
        roots.add(cert).map_err(|e| bad(e.to_string().into()))?;
    }
    if roots.is_empty() {
        return Err(bad(Said::new("err-sync-ca-no-pem").into()));
    }
    Ok(roots)
}

/// `sslmode=verify-ca`: the chain must lead to the CA, the name may differ (a server reached
/// by an address its certificate does not list). The chain is checked before the name, so a
/// name error means the chain was good.
#[derive(Debug)]
struct ChainOnly(Arc<dyn ServerCertVerifier>);

impl ServerCertVerifier for ChainOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}
