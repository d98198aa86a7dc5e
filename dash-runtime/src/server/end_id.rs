//! The per-page-load `end_id` token (protocol §11.3): `<value>~<hex HMAC-SHA256>`, URL-safe,
//! echoed by the renderer as `?endId=` on every callback request.

use hmac::{Hmac, Mac};
use rand::distributions::Alphanumeric;
use rand::Rng;
use sha2::Sha256;

/// Signs tokens with a per-process secret.
#[derive(Clone)]
pub struct Signer {
    secret: [u8; 32],
}

impl Signer {
    /// A signer with a fresh random secret.
    pub fn random() -> Self {
        Self {
            secret: rand::thread_rng().gen(),
        }
    }

    /// A new signed end id.
    pub fn new_end_id(&self) -> String {
        let value: String = rand::thread_rng()
            .sample_iter(&Alphanumeric)
            .take(24)
            .map(char::from)
            .collect();
        format!("{value}~{}", self.signature("end", &value))
    }

    /// Whether `token` was signed by this signer for `scope`. (Background-callback handles
    /// will be checked with it; until then only the tests call it.)
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn verify(&self, scope: &str, token: &str) -> bool {
        let Some((value, signature)) = token.rsplit_once('~') else {
            return false;
        };
        let Ok(signature) = hex::decode(signature) else {
            return false;
        };
        self.mac(scope, value).verify_slice(&signature).is_ok()
    }

    fn signature(&self, scope: &str, value: &str) -> String {
        hex::encode(self.mac(scope, value).finalize().into_bytes())
    }

    fn mac(&self, scope: &str, value: &str) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.secret).expect("any key length");
        mac.update(scope.as_bytes());
        mac.update(b"\x00");
        mac.update(value.as_bytes());
        mac
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_ids_verify_only_with_their_signer_and_scope() {
        let signer = Signer::random();
        let token = signer.new_end_id();
        assert!(token.chars().all(|c| c.is_ascii_alphanumeric() || c == '~'));
        assert!(signer.verify("end", &token));
        assert!(!signer.verify("job", &token));
        assert!(!Signer::random().verify("end", &token));
    }
}
