# The edge: Varnish 7.1 in front of the dashboard's Next.js instances. What every line does and why, and how the
# same rules map onto a hosted CDN, is in deploy/README.md ("The VCL, rule by rule"). This file is the policy; what
# runs where (the instances, their health probe, the release's key) is in backends.vcl, which `npm run start:edge`
# writes into varnish's working folder (deploy/varnish/backends.example.vcl is the hand-written form of it).
vcl 4.1;

import std;
import directors;

sub vcl_init {
    # every instance in turn; an instance whose health probe fails is skipped until it passes again
    new instances = directors.round_robin();
}

# What runs where: the backends instance_1..instance_N with their health probe, a vcl_init that adds them to
# `instances` (Varnish runs every vcl_init in order), `sub edge_release` (the release key: build id + data hash) and
# `sub edge_retry_elsewhere` (the next instance after one that failed).
include "backends.vcl";

sub vcl_recv {
    # Methods: only GET and HEAD can be cached; anything else goes to an instance untouched (the app answers its own
    # 405s and 204s) and nothing of it is kept.
    set req.backend_hint = instances.backend();
    if (req.method != "GET" && req.method != "HEAD") {
        unset req.http.Cookie;
        return (pass);
    }
    # The release key (see vcl_hash): a new build or new data is a new key, so no entry of the old release is found.
    call edge_release;

    # One URL per question: query parameters in one order (the app reads them in any order), and on the dashboard's
    # page the tracking parameters the app ignores are dropped (the API refuses unknown parameters, so only on "/").
    set req.url = std.querysort(req.url);
    if (req.url ~ "^/\?") {
        set req.url = regsuball(req.url, "(?i)(^/\?|&)(utm_[a-z_]+|fbclid|gclid|msclkid)=[^&]*", "\1");
        set req.url = regsuball(req.url, "&&+", "&");
        set req.url = regsub(req.url, "^/\?&", "/?");
        set req.url = regsub(req.url, "[?&]$", "");
    }

    # The theme cookie. Only the dashboard's page ("/" and "/?<view>") is drawn in a theme (proxy.ts reads the cookie
    # there and nowhere else). The cache reads the theme the way the app does (the last `theme=` wins; anything but
    # light or dark is the system theme), keys the page on it, and forwards exactly that theme and no other cookie,
    # so the page an instance draws is always the page the key says. Every other path ignores cookies: none is sent.
    if (req.url ~ "^/(\?|$)") {
        set req.http.X-Theme = regsub(req.http.Cookie, "^(.*;\s*)?theme=([^;]*).*$", "\2");
        if (!req.http.Cookie || req.http.Cookie !~ "(^|;\s*)theme=" || req.http.X-Theme !~ "^(light|dark)$") {
            set req.http.X-Theme = "system";
        }
        if (req.http.X-Theme == "system") {
            unset req.http.Cookie;
        } else {
            set req.http.Cookie = "theme=" + req.http.X-Theme;
        }
    } else {
        unset req.http.X-Theme;
        unset req.http.Cookie;
    }
    # The key has no Host (vcl_hash), so nothing a reader sends may name another host to the instances: a page that
    # names its own origin (link previews) takes it from SITE_URL, never from a forwarded host a reader could set.
    unset req.http.X-Forwarded-Host;
    # No credentials are ever used by the app; a request that carries them is not shared.
    if (req.http.Authorization) {
        return (pass);
    }

    # Stale answers: while an instance is healthy, an entry past its life is served for at most 10 s more (while it
    # is fetched again in the background); only when every instance is down is it served for its whole grace.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_hash {
    # The key: the normalised URL, the release (except for /_next/static/, whose names are content hashes and stay
    # valid across builds), and on the dashboard's page the theme. The Host header is not part of it: the site has
    # one name, and no answer depends on Host (chart files take their link's origin from SITE_URL).
    hash_data(req.url);
    if (req.url !~ "^/_next/static/") {
        hash_data(req.http.X-Release);
    }
    if (req.http.X-Theme) {
        hash_data("theme=" + req.http.X-Theme);
    }
    return (lookup);
}

sub vcl_backend_fetch {
    # The instances send identity bodies: the cache compresses each entry once (vcl_backend_response), instead of
    # an instance gzipping the same page on every miss.
    unset bereq.http.Accept-Encoding;
    unset bereq.http.X-Release;
    # A retry after a failed fetch goes to the next instance, not back to the one that failed.
    if (bereq.retries > 0) {
        call edge_retry_elsewhere;
    }
    return (fetch);
}

sub vcl_backend_response {
    # A 5xx from one instance (a crash, or the PNG limiter's 503) is tried once on the next one.
    if (beresp.status >= 500 && bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set bereq.http.X-Failed-Backend = beresp.backend;
        return (retry);
    }
    # Errors are never kept past what they state: a 5xx is not kept at all (a background refresh that fails keeps the
    # stale entry instead), and a 4xx is kept only if it says it may be, and then for at most 60 s. The app's 400s,
    # 404s and 405s say no-store, so the cache asks an instance again every time (the 5 s marker below only stops
    # requests from queueing behind each other).
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        set beresp.ttl = 5s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (beresp.status >= 400) {
        if (beresp.http.Cache-Control ~ "(?i)no-store|no-cache|private" || beresp.ttl <= 0s) {
            set beresp.ttl = 5s;
            set beresp.uncacheable = true;
            return (deliver);
        }
        if (beresp.ttl > 60s) {
            set beresp.ttl = 60s;
        }
        set beresp.grace = 0s;
    }
    # Kept a day past its life so that an expired entry with an ETag is refreshed by a conditional request (304).
    set beresp.keep = 86400s;
    # Compression once, at the cache: text is stored gzipped and sent as is to every reader that accepts gzip
    # (and unzipped for one that does not). PNG and fonts are compressed already.
    if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~ "^(text/|application/(json|javascript|xml|manifest\+json)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
    # A page the reader chose a theme for says `private` (a cache that does not key on the theme must not share it).
    # This cache keys on the theme (vcl_hash), so it keeps it as long as the same view in the system theme.
    if (beresp.status == 200 && bereq.http.X-Theme ~ "^(light|dark)$" && beresp.http.Cache-Control ~ "^private") {
        set beresp.ttl = 3600s;
        set beresp.grace = 86400s;
        return (deliver);
    }
    # Anything else is kept as its Cache-Control says (s-maxage first; stale-while-revalidate becomes the grace) and
    # is not kept when it says no-store, no-cache or private, or sets a cookie: the built-in rules, which run next.
}

sub vcl_backend_error {
    # The instance could not be reached (stopped, refused, timed out): the next instance is tried once.
    if (bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set bereq.http.X-Failed-Backend = beresp.backend;
        return (retry);
    }
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "5";
    set beresp.http.Content-Type = "application/json; charset=utf-8";
    set beresp.body = """{"error":{"code":"unavailable","message":"The site is briefly unavailable; try again in a few seconds."}}""";
    return (deliver);
}

sub vcl_deliver {
    # Whether the cache served it: X-Cache: HIT (from the cache, Age says how long it has been kept) or MISS
    # (fetched from an instance for this request, or not cacheable).
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The dashboard's page differs by the theme cookie: a browser (or any cache beyond this one) keeps one copy per
    # cookie, never one theme's page for another.
    if (req.url ~ "^/(\?|$)") {
        if (resp.http.Vary) {
            set resp.http.Vary = resp.http.Vary + ", Cookie";
        } else {
            set resp.http.Vary = "Cookie";
        }
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    return (deliver);
}

sub vcl_synth {
    set resp.http.Cache-Control = "no-store";
    set resp.http.X-Cache = "MISS";
}
