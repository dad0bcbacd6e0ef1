/* Unit-test support: policies from inline text, logins by hand, and a
 * private user+mount namespace for tests that bind-mount pins. */
#ifndef PNS_TEST_INLINE_POLICY_H
#define PNS_TEST_INLINE_POLICY_H

#include "session/login.h"
#include "policy/policy.h"

/* Parse `text` as a main policy file named "test.conf" and resolve it;
 * fails the running test (with every diagnostic printed) on any error. */
struct pns_policy *inline_policy(const char *text);

/* The diagnostics of an invalid policy text, joined by newlines (caller
 * frees); NULL when the text is valid. */
char *inline_policy_errors(const char *text);

/* A login for `user` in `groups` (primary first), NULL-terminated: gids
 * from FAKE_GID0 on, named without NSS; other group names NSS answers. */
#define FAKE_GID0 2000000000u
struct pns_login fake_login(const char *user, const char *service, const char *rhost,
			    const char *const *groups);

/* Become root of a fresh user namespace (when not root) and enter a new
 * private mount namespace, so the test may bind-mount pins; 0 or -1. */
int enter_private_namespaces(void);

#endif
