/* pam_ns.so: the PAM front end.  Thin glue: arguments, the login's facts,
 * the policy, then the core (match, plan, enter); results mapped to PAM
 * codes in one place.  Only the two session entry points are exported. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include <security/pam_ext.h>
#include <security/pam_modules.h>

#include "session/enter.h"
#include "session/login.h"
#include "session/match.h"
#include "session/options.h"
#include "common/child.h"
#include "session/plan.h"
#include "policy/policy.h"
#include "session/spawn.h"
#include "store/store.h"
#include "paths.h"	/* PNS_HELPER_PATH, PNS_INIT_PATH: made by the Makefile in $(BUILD) */

#define PNS_DATA_NAME "pam_ns_session"

#define PNS_EXPORT __attribute__((visibility("default")))


/* How a session open ended; pam_code() turns it into a PAM code. */
enum outcome {
	OUT_IGNORE,		/* not for this user, or dry run */
	OUT_OK,			/* isolated as the policy says */
	OUT_BAD_ARGS,		/* pam.d line is wrong */
	OUT_BAD_POLICY,		/* policy unreadable or invalid */
	OUT_FAILED,		/* the user's isolation failed */
	OUT_FAILED_ALWAYS,	/* refused whatever on_error says */
};

static int pam_code(enum outcome o, enum pns_on_error mode)
{
	switch (o) {
	case OUT_IGNORE:
		return PAM_IGNORE;
	case OUT_OK:
		return PAM_SUCCESS;
	case OUT_BAD_ARGS:
		return PAM_SERVICE_ERR;
	case OUT_BAD_POLICY:
		/* Fail-open with a broken policy: nothing was done, so the
		 * module has no say in the session. */
		return mode == PNS_ON_ERROR_ALLOW ? PAM_IGNORE : PAM_SERVICE_ERR;
	case OUT_FAILED:
		return mode == PNS_ON_ERROR_ALLOW ? PAM_SUCCESS : PAM_SESSION_ERR;
	case OUT_FAILED_ALWAYS:
		return PAM_SESSION_ERR;
	default:
		return PAM_SERVICE_ERR;
	}
}

static int parse_args(pam_handle_t *pamh, int argc, const char **argv, struct pns_options *a)
{
	*a = (struct pns_options){ .config = PNS_DEFAULT_CONFIG, .helper = PNS_HELPER_PATH,
			    .init = PNS_INIT_PATH, .on_error = -1 };
	const char *bad;
	if (pns_options_parse(argc, argv, a, &bad) == 0)
		return 0;
	pam_syslog(pamh, LOG_ERR, "unknown or invalid option: %s (" PNS_OPTIONS_SYNTAX ")", PNS_ESC(bad));
	return -1;
}

/* Whether rescue= ("root,admin": names separated by commas) lists user. */
static bool rescued(const struct pns_options *a, const char *user)
{
	size_t n = user ? strlen(user) : 0;
	for (const char *p = a->rescue; p && *p && n;) {
		size_t len = strcspn(p, ",");
		if (len == n && !strncmp(p, user, n))
			return true;
		p += len + (p[len] == ',');
	}
	return false;
}

/* The `debug` step log of enter.h. */
__attribute__((format(printf, 2, 3))) static void step_log(void *ctx, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	pam_syslog((pam_handle_t *)ctx, LOG_DEBUG, "%s", buf);
}

/* Per-session state: the pid namespace's init or the keeper of the
 * /etc/netns view, and which process may stop them. */
struct session_data {
	pid_t init_pid, keeper_pid;
	pid_t owner;
};

/*
 * The session's init is stopped when the PAM transaction ends (pam_end),
 * not in pam_sm_close_session: modules listed after pam_ns close after it
 * and may fork (pam_exec, pam_mkhomedir, pam_systemd), and so may the login
 * program between close and end; every such child lands in the session's
 * pid namespace and needs its PID 1 alive.  A login program that never
 * calls pam_end still ends it when it exits (the init dies with it).
 */
static void session_data_cleanup(pam_handle_t *pamh, void *data, int status)
{
	struct session_data *d = data;
	(void)pamh;
	/* pam_end also runs in children the login program forked (with
	 * PAM_DATA_SILENT): only the process that opened the session ends
	 * its init. */
	if (d && d->owner == getpid() && !(status & PAM_DATA_SILENT)) {
		if (d->init_pid > 0)
			pns_init_stop(d->init_pid, NULL);
		if (d->keeper_pid > 0)
			pns_init_stop(d->keeper_pid, NULL);
	}
	free(d);
}

/* "net=new:4026532301 mnt=joined:4026531840" for the INFO line; a mount
 * namespace layered over the set's for a private /run/user shows both,
 * "mnt=joined:SET/session:LAYER". */
static void describe(const struct pns_entered *en, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	for (int t = 0; t < PNS_NTYPES; t++) {
		const char *how = (en->new_mask & PNS_BIT(t)) ? "new" :
				  (en->joined_mask & PNS_BIT(t)) ? "joined" : NULL;
		if (!how)
			continue;
		int n = t == PNS_MNT && en->set_mnt_id ?
			snprintf(buf + used, size - used, "%smnt=joined:%lu/session:%lu", used ? " " : "",
				 en->set_mnt_id, en->ids[t]) :
			snprintf(buf + used, size - used, "%s%s=%s:%lu", used ? " " : "",
				 pns_types[t].name, how, en->ids[t]);
		if (n < 0 || (size_t)n >= size - used)
			break;
		used += (size_t)n;
	}
	if (en->user_manager_hidden && used + 1 < size)
		snprintf(buf + used, size - used, "%suser_manager=hidden", used ? " " : "");
}

/*
 * The session's environment, for what its namespaces change:
 * - with the user manager hidden, its bus address (set by pam_systemd when
 *   it ran first) names a socket the session no longer sees: drop it, so
 *   clients say "no bus" instead of failing on a path;
 * - in a pid namespace of its own, sd-bus clients refuse PID 1's private
 *   socket, whose peer pid they cannot see (systemctl: "Failed to connect
 *   to bus: No data available", systemd issue #11300);
 *   SYSTEMCTL_FORCE_BUS=1 (systemd's ENVIRONMENT.md) sends systemctl
 *   through the system bus instead, which works there.
 * Best effort: a failure leaves a variable as it was, nothing more.
 */
static void session_env(pam_handle_t *pamh, const struct pns_entered *en)
{
	if (en->user_manager_hidden && pam_getenv(pamh, "DBUS_SESSION_BUS_ADDRESS"))
		pam_putenv(pamh, "DBUS_SESSION_BUS_ADDRESS");
	if ((en->new_mask | en->joined_mask) & PNS_BIT(PNS_PID))
		pam_putenv(pamh, "SYSTEMCTL_FORCE_BUS=1");
}

static bool plan_empty(const struct pns_plan *p)
{
	for (int t = 0; t < PNS_NTYPES; t++)
		if (p->how[t] != PNS_KEEP)
			return false;
	return true;
}

/* The pins of the set the plan joins, made first by the helper when the
 * rule creates it; the one verdict (pns_join_open) decides.  *creates
 * tells dry_run what would happen. */
static int open_set(const struct pns_options *a, const struct pns_policy *pol, const struct pns_plan *p,
		    struct pns_pins *pins, bool *creates, struct pns_err *e)
{
	struct pns_inst_status st;
	char why[sizeof(st.why.msg) + 128];
	*creates = false;
	pns_pins_init(pins);
	if (!p->set)
		return 0;
	/* Reaching the store moves between mount namespaces, which a
	 * threaded caller cannot do: say so in words. */
	if (pns_single_threaded(e) < 0 || pns_join_open(pol->pin_dir, p->set, p->instance, pins, &st, e) < 0)
		return -1;
	if (st.state == PNS_INST_COMPLETE)
		return 0;
	if (!p->create || p->set->external)
		return pns_fail(e, 0, "%s", pns_join_verdict(p->set, &st, p->create, why, sizeof(why)));
	*creates = true;
	if (a->dry_run)
		return 0;
	if (pns_spawn_create(a->helper, a->config, a->init, p->set, p->instance, e) < 0 ||
	    pns_join_open(pol->pin_dir, p->set, p->instance, pins, &st, e) < 0)
		return -1;
	if (st.state != PNS_INST_COMPLETE)
		return pns_fail(e, 0, "%s create %s succeeded, but: %s", PNS_ESC(a->helper),
				PNS_ESC(p->set->name), st.why.msg);
	return 0;
}

/* An empty rhost (a local login) or tty as "-" in the session line. */
static const char *or_dash(const char *s)
{
	return *s ? s : "-";
}

/* What becomes of the session after an error, for the one ERR line. */
static const char *verdict(const struct pns_options *a, enum pns_on_error mode)
{
	if (a->dry_run)
		return "dry run: session left alone";
	return mode == PNS_ON_ERROR_ALLOW ? "on_error=allow: session continues unisolated"
					  : "session refused";
}

static enum outcome open_session(pam_handle_t *pamh, const struct pns_options *a, enum pns_on_error *mode)
{
	struct pns_err snap_e = { 0 };	/* the snapshot could not be written */
	struct pns_load_opts opts = { .trusted_uid = 0, .snapshot_dir = PNS_SNAPSHOT_DIR,
				      .snapshot_err = &snap_e };
	struct pns_diag diag = { 0 };
	struct pns_policy *pol = NULL;
	struct pns_login login = { 0 };
	struct pns_err e = { 0 };
	enum outcome o = OUT_FAILED;
	const char *user = NULL;
	const void *service = NULL, *rhost = NULL, *tty = NULL;
	cleanup_close int init_exe = -1;	/* pam_ns-init, for a new pid namespace */

	*mode = a->on_error >= 0 ? (enum pns_on_error)a->on_error : PNS_ON_ERROR_DENY;
	/* The process is in this handle's namespaces already: isolating it a
	 * second time would nest them, and the first init would be lost. */
	const void *data = NULL;
	if (pam_get_data(pamh, PNS_DATA_NAME, &data) == PAM_SUCCESS && data) {
		pam_syslog(pamh, LOG_ERR, "pam_open_session called again on a PAM handle whose session "
			   "pam_ns already isolated: one session per handle (%s)",
			   a->dry_run ? verdict(a, *mode) : "session refused");
		return OUT_FAILED_ALWAYS;
	}
	/* The user first, by NSS's name for them (the one rules are matched
	 * against): a snapshot then yields only the rules that may match
	 * them.  Whether a failure here refuses the session depends on the
	 * policy's on_error, so it is reported once the policy is loaded. */
	int r = pam_get_user(pamh, &user, NULL);
	pam_get_item(pamh, PAM_SERVICE, &service);
	pam_get_item(pamh, PAM_RHOST, &rhost);
	pam_get_item(pamh, PAM_TTY, &tty);
	bool known = r == PAM_SUCCESS && user && *user &&
		     pns_login_lookup(&login, user, service, rhost, tty, &e) == 0;
	if (known)
		opts.for_user = login.user;
	if (pns_policy_load(a->config, &opts, &pol, &diag) < 0) {
		/* rescue= lets the admin named there in to fix it: nothing
		 * says whether the policy would isolate them, so the module
		 * stays out of their session (and says so). */
		bool rescue = pam_get_user(pamh, &user, NULL) == PAM_SUCCESS && rescued(a, user);
		char v[256];
		if (rescue && !a->dry_run)
			snprintf(v, sizeof(v), "rescue=%s: session of %s continues unisolated", PNS_ESC(a->rescue),
				 PNS_ESC(user));
		else
			snprintf(v, sizeof(v), "%s", verdict(a, *mode));
		/* One line per problem, each with its verdict: an admin
		 * grepping for one cause finds the consequence beside it. */
		for (size_t i = 0; i < diag.msgs.n; i++)
			pam_syslog(pamh, LOG_ERR, "%s (policy unusable; %s)", diag.msgs.v[i], v);
		if (!diag.msgs.n)
			pam_syslog(pamh, LOG_ERR, "cannot load the policy %s (%s)", PNS_ESC(a->config), v);
		pns_diag_free(&diag);
		pns_login_free(&login);
		return rescue ? OUT_IGNORE : OUT_BAD_POLICY;
	}
	pns_diag_free(&diag);
	if (snap_e.msg[0])
		pam_syslog(pamh, LOG_WARNING, "%s (the policy was read in full; sessions are unaffected)", snap_e.msg);
	if (a->on_error < 0)
		*mode = pol->on_error;

	/* No user name: no rule can be judged, so no session, whatever
	 * on_error says (it is about isolating a user, and there is none). */
	if (r != PAM_SUCCESS || !user || !*user) {
		pam_syslog(pamh, LOG_ERR, "no user name: %s (%s)",
			   r != PAM_SUCCESS ? pam_strerror(pamh, r) : user ? "PAM_USER is empty" : "PAM_USER is not set",
			   a->dry_run ? verdict(a, *mode) : "session refused");
		o = OUT_FAILED_ALWAYS;
		goto out;
	}
	/* Every string from PAM or NSS is escaped where a line shows it
	 * (PNS_ESC): the user's name, the rhost and the tty are chosen by
	 * whoever logs in. */
	const char *who = PNS_ESC(user);
	if (!known) {
		pam_syslog(pamh, LOG_ERR, "cannot look up user %s: %s (%s)", who, e.msg,
			   verdict(a, *mode));
		goto out;
	}
	const char *svc = PNS_ESC(login.service);

	/* Matching looks up the groups the rules it reaches name: NSS may
	 * fail there as well. */
	struct pns_match m;
	const struct pns_rule *hider = NULL;
	if (pns_match_rule(pol, &login, &m, &e) < 0 || pns_match_manager_hider(pol, &login, &m, &hider, &e) < 0) {
		pam_syslog(pamh, LOG_ERR, "cannot look up user %s: %s (%s)", who, e.msg, verdict(a, *mode));
		goto out;
	}
	/* The user's service manager: never outside the namespaces that
	 * hide it (it would run what a hidden session left in the user's
	 * files).  Refused whatever on_error says: this is the policy, not an
	 * error. */
	if (hider) {
		char why[PATH_MAX + 160];
		pam_syslog(pamh, LOG_NOTICE, "%snot starting the service manager of %s: %s",
			   a->dry_run ? "dry run: " : "", who, pns_manager_refusal(hider, &m, why, sizeof(why)));
		o = a->dry_run ? OUT_IGNORE : OUT_FAILED_ALWAYS;
		goto out;
	}
	if (!m.rule || m.rule->none) {
		if (a->debug)
			pam_syslog(pamh, LOG_DEBUG, "%s (service %s): %s", who, svc,
				   m.rule ? "rule says none" : "no rule matches");
		o = OUT_IGNORE;
		goto out;
	}
	const struct pns_rule *rule = m.rule;
	const char *rule_file = PNS_ESC(rule->file);

	struct pns_plan *plan = calloc(1, sizeof(*plan));
	if (!plan) {
		pam_syslog(pamh, LOG_ERR, "out of memory");
		goto out;
	}
	bool creates = false;
	struct pns_pins pins;
	pns_pins_init(&pins);
	if (pns_plan_build(&m, &login, plan, &e) < 0 || open_set(a, pol, plan, &pins, &creates, &e) < 0) {
		pam_syslog(pamh, LOG_ERR, "cannot isolate %s (service %s, rule %s:%d): %s (%s)", who, svc,
			   rule_file, rule->line, e.msg, verdict(a, *mode));
		pns_pins_close(&pins);
		free(plan);
		goto out;
	}
	if (plan_empty(plan)) {
		free(plan);
		o = OUT_IGNORE;
		goto out;
	}
	if (a->dry_run) {
		char what[2048];
		pns_pins_close(&pins);
		pns_plan_str(plan, what, sizeof(what));
		pam_syslog(pamh, LOG_INFO, "dry run: session for %s (service %s, rule %s:%d) would get: %s%s%s",
			   who, svc, rule_file, rule->line, what,
			   creates ? "; would create set " : "", creates ? PNS_ESC(plan->set->name) : "");
		free(plan);
		o = OUT_IGNORE;
		goto out;
	}

	/* The init program (also the keeper of an /etc/netns view) is
	 * opened (and checked) here, in the login program's own mount
	 * namespace, before anything changes. */
	struct pns_entered en = { 0 };
	bool need_init = plan->how[PNS_PID] == PNS_NEW || plan->view[0];
	if (need_init)
		init_exe = pns_exe_open(a->init, &e);
	r = init_exe < 0 && need_init ? -1 :
		pns_enter(plan, &pins, init_exe, &en, a->debug ? step_log : NULL, pamh, &e);
	pns_pins_close(&pins);
	free(plan);
	if (r < 0) {
		/* Under on_error=allow the session goes on where pns_enter
		 * stopped: say so when some types were already changed. */
		bool partly = *mode == PNS_ON_ERROR_ALLOW && (en.new_mask | en.joined_mask);
		pam_syslog(pamh, LOG_ERR, "cannot isolate %s (service %s, rule %s:%d): %s (%s)", who, svc,
			   rule_file, rule->line, e.msg,
			   partly ? "on_error=allow: session continues partly isolated" : verdict(a, *mode));
		goto out;
	}
	struct session_data *d = malloc(sizeof(*d));
	if (!d || pam_set_data(pamh, PNS_DATA_NAME, d, session_data_cleanup) != PAM_SUCCESS) {
		free(d);
		pns_init_stop(en.init_pid, NULL);
		pns_init_stop(en.keeper_pid, NULL);
		pam_syslog(pamh, LOG_ERR, "cannot keep the session state of %s", who);
		goto out;
	}
	d->init_pid = en.init_pid;
	d->keeper_pid = en.keeper_pid;
	d->owner = getpid();
	session_env(pamh, &en);
	char ids[512];
	describe(&en, ids, sizeof(ids));
	pam_syslog(pamh, LOG_INFO, "session for %s (service %s, rhost %s, tty %s, rule %s:%d%s%s): %s",
		   who, svc, or_dash(PNS_ESC(login.rhost)), or_dash(PNS_ESC(login.tty)), rule_file, rule->line,
		   m.rule->join ? ", set " : "", m.rule->join ? PNS_ESC(m.rule->join->name) : "", ids);
	o = OUT_OK;
out:
	pns_login_free(&login);
	pns_policy_free(pol);
	return o;
}

PNS_EXPORT int pam_sm_open_session(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
	struct pns_options a;
	(void)flags;
	if (parse_args(pamh, argc, argv, &a) < 0)
		return pam_code(OUT_BAD_ARGS, PNS_ON_ERROR_DENY);
	enum pns_on_error mode;
	enum outcome o = open_session(pamh, &a, &mode);
	/* A trial run never decides a login: errors are logged, that is all. */
	if (a.dry_run)
		return PAM_IGNORE;
	return pam_code(o, mode);
}

/* Nothing to undo here: a process cannot leave its namespaces, and the
 * session's init lives until pam_end (see session_data_cleanup), so that
 * the modules after this one can still fork while they close. */
PNS_EXPORT int pam_sm_close_session(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
	struct pns_options a;
	(void)flags;
	return parse_args(pamh, argc, argv, &a) == 0 ? PAM_SUCCESS : PAM_SERVICE_ERR;
}
