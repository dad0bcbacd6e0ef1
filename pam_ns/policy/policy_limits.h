/* How big a policy may be: every limit in one place, each with why.
 *
 * The policy is parsed at every login whose snapshot is not current
 * (policy_snap.c), and by `pam_ns_helper check`, so its cost is a login's
 * cost.  Each limit is named in pam_ns.conf(5), LIMITS, and each is checked
 * with a message at the file and line where it is passed.
 *
 * What they must hold: a deployment that renders per-user rules from
 * configuration management for 10,000 to 50,000 users.  A rule for one
 * user, `{ users = ["firstname.lastname"]; join = "lab"; },`, is about 55
 * bytes, 100 with indentation and a comment; one rule per user for 50,000
 * users is then 5 MB in some drop-ins, and one users list naming all of
 * them is 50,000 entries.  Every limit below is at least twice that.
 */
#ifndef PNS_POLICY_LIMITS_H
#define PNS_POLICY_LIMITS_H

/* Bytes in one file (exactly this many is allowed): 19,000 one-user rules
 * of 55 bytes, or a list of 80,000 names; split bigger ones into drop-ins. */
#define PNS_POLICY_FILE_MAX (1024 * 1024)

/* Bytes in the main file and every drop-in together: 50,000 per-user
 * rules at 100 bytes are 5 MB.  Parsing is linear in it, mostly
 * libconfig's: 100,000 rules and 10,000 sets in 6.8 MB took 3.5 s on a
 * busy 2-core VM (a login without a current snapshot). */
#define PNS_POLICY_TOTAL_MAX (8 * 1024 * 1024)

/* Drop-ins in pam_ns.d: one per role, service or team, not one per user
 * (each costs an open, a walk and trust checks at every login, even when
 * the snapshot is current: it is compared file by file). */
#define PNS_POLICY_DROPINS_MAX 1000

/* Rules in every file together: one per user for 50,000 users, twice. */
#define PNS_POLICY_RULES_MAX 100000

/* Namespace sets in every file together.  Per-user and per-group sets are
 * one definition each, so sets are counted in projects or labs. */
#define PNS_POLICY_SETS_MAX 10000

/* Entries in one list or array (users = [...] and the other criteria,
 * group_from, types): every user of a 50,000-user site, twice. */
#define PNS_POLICY_LIST_MAX 100000

/* Bytes in one string, adjacent strings joined: PATH_MAX, as the longest
 * thing a policy string names is a path (pin_dir, paths, hooks). */
#define PNS_POLICY_STRING_MAX 4096

/* Brackets open at once, counting the file as one: the policy's deepest
 * value (namespaces, a set, its uplink, a key) is 4 deep.  Bounded before
 * libconfig reads the file, whose parser and destructor recurse. */
#define PNS_POLICY_DEPTH_MAX 8

/*
 * libconfig adds a setting to a group only after comparing its name with
 * every setting already there (config_setting_add), so a group of n
 * settings costs n*n/2 comparisons: 40,000 sets in one `namespaces` group
 * took 53 s.  Both limits below are checked before libconfig reads a file.
 *
 * Settings in one group: the only group that grows with a site is
 * `namespaces` (one setting per set), so this is the number of sets one
 * file may define; 10,000 sets fit in 10 drop-ins.
 */
#define PNS_POLICY_GROUP_MAX 1000

/* The sum, over every group of every file, of its number of settings
 * squared: what libconfig's comparisons cost in all (4,000,000 took 0.1 s
 * on a busy 2-core VM, so this is about half a second).  PNS_POLICY_SETS_MAX sets in groups of PNS_POLICY_GROUP_MAX use
 * half of it, PNS_POLICY_RULES_MAX rules of 6 settings a fifth. */
#define PNS_POLICY_GROUP_WORK_MAX 20000000ULL

/* Patterns (entries with * ? or [) in the groups and not_groups lists of
 * every rule together.  A group pattern is matched against the name of
 * each of the user's groups at every login that reaches its rule: a user
 * in 2,000 groups costs 2,000 fnmatch(3) calls a pattern, so this bounds
 * that login's matching at about 512,000 calls (a tenth of a second).  A
 * literal group name costs one lookup whatever the user's groups, and is
 * not counted. */
#define PNS_POLICY_GROUP_PATTERNS_MAX 256

#endif
