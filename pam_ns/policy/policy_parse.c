/* Parsing one policy file: reading the stream, libconfig syntax, and the
 * top-level settings (sets and rules are in policy_set.c, policy_rule.c). */
#include "policy/policy_int.h"

#include <limits.h>

#include "common/path.h"

#include <errno.h>
#include <string.h>

#define TOP_KEYS "version, pin_dir, on_error, namespaces, rules"

/* Absolute, no empty, "." or ".." components, no trailing slash, not "/". */
/* pin_dir as written must already be what pns_path_normal makes of it:
 * one spelling for one directory, so the store is always found again. */
static bool path_normalized(const char *p)
{
	char norm[PATH_MAX];
	return pns_path_normal("pin_dir", p, norm, sizeof(norm), NULL) == 0 && !strcmp(norm, p);
}

static void parse_top(struct pns_pctx *c, const config_setting_t *root, bool main_file)
{
	static const char *const main_only[] = { "pin_dir", "on_error" };
	const config_setting_t *version = NULL;
	for (int i = 0; i < config_setting_length(root); i++) {
		const config_setting_t *s = config_setting_get_elem(root, (unsigned)i);
		const char *key = config_setting_name(s), *v;
		bool only_main = false;
		for (size_t k = 0; k < PNS_ARRAY_SIZE(main_only); k++)
			only_main |= !strcmp(key, main_only[k]);
		if (only_main && !main_file) {
			pns_perr(c, s, "%s may only be set in the main policy file, not in a drop-in "
				 "(drop-ins may hold version, namespaces and rules)", key);
		} else if (!strcmp(key, "version")) {
			version = s;
			if (config_setting_type(s) != CONFIG_TYPE_INT)
				pns_perr(c, s, "version must be the number 1: version = 1;");
			else if (config_setting_get_int(s) != 1)
				pns_perr(c, s, "version %d is not supported: this pam_ns reads version = 1",
					 config_setting_get_int(s));
		} else if (!strcmp(key, "pin_dir")) {
			if (pns_read_string(c, s, &v) < 0)
				continue;
			/* It is in every error about the store and every line
			 * the helper prints about it. */
			if (pns_has_control(v)) {
				pns_perr(c, s, "pin_dir has a control character in it: name the directory by a "
					 "path of printable characters");
				continue;
			}
			if (!path_normalized(v)) {
				pns_perr(c, s, "pin_dir \"%s\" must be an absolute, normalized path other than "
					 "\"/\" (no \"//\", \".\", \"..\" or trailing \"/\")", v);
				continue;
			}
			char *copy = strdup(v);
			if (!copy) {
				pns_perr(c, s, "out of memory");
				continue;
			}
			free(c->pol->pin_dir);
			c->pol->pin_dir = copy;
		} else if (!strcmp(key, "on_error")) {
			if (pns_read_string(c, s, &v) < 0)
				continue;
			if (!strcmp(v, "deny"))
				c->pol->on_error = PNS_ON_ERROR_DENY;
			else if (!strcmp(v, "allow"))
				c->pol->on_error = PNS_ON_ERROR_ALLOW;
			else
				pns_perr(c, s, "on_error must be \"deny\" or \"allow\", not \"%s\"", v);
		} else if (!strcmp(key, "namespaces")) {
			pns_parse_namespaces(c, s);
		} else if (!strcmp(key, "rules")) {
			pns_parse_rules(c, s);
		} else {
			pns_perr(c, s, "unknown setting \"%s\" (valid at the top level: " TOP_KEYS ")", key);
		}
	}
	if (main_file && !version) {
		pns_diag_add(c->d, c->file, 0, "version = 1; is missing: the main policy file must say "
			     "which policy language it is written in");
		c->errors++;
	}
}

/* libconfig would read an @include from the process's cwd without any of
 * our trust checks, so the policy language has none: drop-ins replace it.
 * Its scanner only knows @include at the start of a line. */
static int refuse_include(struct pns_pctx *c, const char *text)
{
	int line = 1, bad = 0;
	for (const char *p = text; *p; line++) {
		const char *q = p + strspn(p, " \t");
		if (!strncmp(q, "@include", 8)) {
			pns_diag_add(c->d, c->file, line, "@include is not supported: put extra files in the "
				     "drop-in directory instead, where they are checked like the policy");
			c->errors++;
			bad = -1;
		}
		p = strchr(p, '\n');
		if (!p)
			break;
		p++;
	}
	return bad;
}

/* The whole stream into a string libconfig can parse, its length charged
 * to b; NULL after an error.  A file may hold exactly PNS_POLICY_FILE_MAX
 * bytes: the buffer grows to one byte more than that and its NUL, so that
 * a byte too many is seen as one. */
static char *slurp(struct pns_pctx *c, FILE *f, struct pns_budget *b)
{
	const size_t most = PNS_POLICY_FILE_MAX + 2;
	size_t cap = 4096, len = 0;
	char *buf = malloc(cap);
	while (buf && len <= PNS_POLICY_FILE_MAX) {
		if (len + 1 == cap) {
			char *nb = realloc(buf, cap * 2 < most ? cap * 2 : most);
			if (!nb) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
			cap = cap * 2 < most ? cap * 2 : most;
		}
		size_t n = fread(buf + len, 1, cap - 1 - len, f);
		len += n;
		if (n == 0)
			break;
	}
	if (!buf || ferror(f)) {
		pns_diag_add(c->d, c->file, 0, "cannot read the file: %s", strerror(buf ? EIO : ENOMEM));
		c->errors++;
		free(buf);
		return NULL;
	}
	if (len > PNS_POLICY_FILE_MAX) {
		pns_diag_add(c->d, c->file, 0, "file is larger than %d bytes (1 MiB), the most one policy "
			     "file may hold: split it into drop-ins (see LIMITS in pam_ns.conf(5))",
			     PNS_POLICY_FILE_MAX);
		c->errors++;
		free(buf);
		return NULL;
	}
	b->bytes += len;
	if (b->bytes > PNS_POLICY_TOTAL_MAX) {
		/* Said once; every later file is refused unread as well. */
		if (!b->told_bytes) {
			pns_diag_add(c->d, c->file, 0, "the policy's files hold more than %d bytes (8 MiB) "
				     "in all with this one, more than any site needs (see LIMITS in "
				     "pam_ns.conf(5))", PNS_POLICY_TOTAL_MAX);
			b->told_bytes = true;
			c->errors++;
		}
		free(buf);
		return NULL;
	}
	buf[len] = '\0';
	if (memchr(buf, '\0', len)) {
		pns_diag_add(c->d, c->file, 0, "file contains a NUL byte: not a policy");
		c->errors++;
		free(buf);
		return NULL;
	}
	return buf;
}

static const char *intern_file(struct pns_policy *pol, const char *name)
{
	if (pns_strlist_add(&pol->files, name) < 0)
		return NULL;
	return pol->files.v[pol->files.n - 1];
}

int pns_policy_parse_stream(struct pns_policy *pol, FILE *f, const char *name, bool main_file,
			    struct pns_diag *diag)
{
	struct pns_budget b = { 0 };
	return pns_policy_parse_budget(pol, f, name, main_file, diag, &b);
}

int pns_policy_parse_budget(struct pns_policy *pol, FILE *f, const char *name, bool main_file,
			    struct pns_diag *diag, struct pns_budget *b)
{
	struct pns_pctx c = { .pol = pol, .d = diag, .file = intern_file(pol, name), .budget = b };
	if (!c.file) {
		pns_diag_add(diag, name, 0, "out of memory");
		return 1;
	}
	cleanup_free char *text = slurp(&c, f, b);
	if (!text || refuse_include(&c, text) < 0)
		return c.errors;
	/* libconfig's own cost is bounded before it reads a byte. */
	int over = pns_syntax_measure(text, c.file, b, diag);
	if (over || b->group_work > PNS_POLICY_GROUP_WORK_MAX)
		return c.errors + over;
	config_t cfg;
	config_init(&cfg);
	/* Belt and braces: should an include slip past refuse_include, it is
	 * looked up where nothing can be found. */
	config_set_include_dir(&cfg, "/nonexistent/pam_ns-has-no-includes");
	if (config_read_string(&cfg, text) != CONFIG_TRUE) {
		if (config_error_type(&cfg) == CONFIG_ERR_PARSE)
		{
			/* libconfig's usual text is just "syntax error", at the
			 * line it stopped on: say what is wrong, where. */
			char msg[512];
			int line = pns_syntax_explain(text, config_error_line(&cfg),
						      config_error_text(&cfg), msg, sizeof(msg));
			pns_diag_add(diag, c.file, line, "%s", msg);
		}
		else
			pns_diag_add(diag, c.file, 0, "cannot read the file: %s",
				     config_error_text(&cfg) ? config_error_text(&cfg) : "I/O error");
		c.errors++;
	} else {
		c.errors += pns_syntax_lint(text, c.file, diag);
		parse_top(&c, config_root_setting(&cfg), main_file);
	}
	config_destroy(&cfg);
	return c.errors;
}
