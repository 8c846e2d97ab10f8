"""A tiny OpenID Connect provider for the sign-in test, on the standard library's HTTP server
with joserfc (Authlib's JOSE library) signing the ID tokens: discovery, an authorization page
where the test picks an account, the token endpoint (authorization code, client secret, PKCE
S256, nonce) and the JWKS. It runs on 127.0.0.1 in a thread; nothing leaves the machine.
Streamlit's `st.login` talks to it exactly as to a newsroom's real provider."""
from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlparse

from joserfc import jwt
from joserfc.jwk import RSAKey


@dataclass
class Provider:
    client_id: str
    client_secret: str
    accounts: dict[str, dict]  # email -> extra claims (name, email_verified...)
    port: int = 0
    key: RSAKey = field(default_factory=lambda: RSAKey.generate_key(2048, parameters={"kid": "test-key"}))
    codes: dict[str, dict] = field(default_factory=dict)
    issued: list[str] = field(default_factory=list)  # emails an ID token was issued for

    @property
    def issuer(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def metadata(self) -> dict:
        return {
            "issuer": self.issuer, "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token", "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"], "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid", "email", "profile"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "code_challenge_methods_supported": ["S256"],
        }

    def id_token(self, email: str, nonce: str | None) -> str:
        now = int(time.time())
        claims = {"iss": self.issuer, "sub": hashlib.sha256(email.encode()).hexdigest()[:16], "aud": self.client_id,
                  "iat": now, "exp": now + 600, "email": email, "email_verified": True, **self.accounts[email]}
        if nonce:
            claims["nonce"] = nonce
        self.issued.append(email)
        return jwt.encode({"alg": "RS256", "kid": "test-key"}, claims, self.key)


def _handler(provider: Provider):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def _send(self, status: int, body: str | dict, content_type: str = "application/json", headers=None):
            data = (json.dumps(body) if isinstance(body, dict) else body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", f"{content_type}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            url = urlparse(self.path)
            q = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/.well-known/openid-configuration":
                return self._send(200, provider.metadata())
            if url.path == "/jwks":
                return self._send(200, {"keys": [provider.key.as_dict(private=False)]})
            if url.path == "/authorize":
                if q.get("client_id") != provider.client_id or q.get("response_type") != "code":
                    return self._send(400, {"error": "invalid_request"})
                hidden = "".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
                                 for k, v in q.items())
                buttons = "".join(f'<button name="account" value="{html.escape(e)}">Đăng nhập là {html.escape(e)}</button>'
                                  for e in provider.accounts)
                return self._send(200, f"<!doctype html><title>Test OIDC</title><form method=post action=/authorize>"
                                       f"{hidden}{buttons}</form>", "text/html")
            return self._send(404, {"error": "not_found"})

        def _form(self) -> dict:
            length = int(self.headers.get("Content-Length", 0))
            return {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}

        def do_POST(self):
            url = urlparse(self.path)
            form = self._form()
            if url.path == "/authorize":
                email = form.get("account", "")
                if email not in provider.accounts:
                    return self._send(400, {"error": "access_denied"})
                code = secrets.token_urlsafe(16)
                provider.codes[code] = {"email": email, "nonce": form.get("nonce"), "redirect_uri": form["redirect_uri"],
                                        "challenge": form.get("code_challenge")}
                target = form["redirect_uri"] + "?" + urlencode({"code": code, "state": form.get("state", "")})
                return self._send(302, "", "text/plain", {"Location": target})
            if url.path == "/token":
                client_id, client_secret = form.get("client_id"), form.get("client_secret")
                auth = self.headers.get("Authorization", "")
                if auth.startswith("Basic "):
                    client_id, _, client_secret = base64.b64decode(auth[6:]).decode().partition(":")
                if (client_id, client_secret) != (provider.client_id, provider.client_secret):
                    return self._send(401, {"error": "invalid_client"})
                grant = provider.codes.pop(form.get("code", ""), None)
                if grant is None or form.get("grant_type") != "authorization_code" \
                        or form.get("redirect_uri") != grant["redirect_uri"]:
                    return self._send(400, {"error": "invalid_grant"})
                if grant["challenge"]:
                    verifier = form.get("code_verifier", "")
                    digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
                    if digest != grant["challenge"]:
                        return self._send(400, {"error": "invalid_grant", "error_description": "PKCE"})
                return self._send(200, {"access_token": secrets.token_urlsafe(16), "token_type": "Bearer",
                                        "expires_in": 600, "id_token": provider.id_token(grant["email"], grant["nonce"])})
            return self._send(404, {"error": "not_found"})

    return Handler


class running:
    """`with running(provider):` serves it on a free port of 127.0.0.1."""

    def __init__(self, provider: Provider):
        self.provider = provider
        self.server = ThreadingHTTPServer(("127.0.0.1", provider.port), _handler(provider))
        provider.port = self.server.server_address[1]

    def __enter__(self) -> Provider:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self.provider

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
