		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
/		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
T		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
y		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
/		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
#		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
#		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
<		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
#		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
<		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
#		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
x		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
U		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
L		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
L		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
2		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
\		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
w		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
k		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
\		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
\		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
k		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
v		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
k		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
k		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
\		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
\		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
k		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
w		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
?		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
\		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
\		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
x		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
y		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
1		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
y		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
k		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
\		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
/		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
T		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
/		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
k		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
R		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
U		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
R		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
R		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
G		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
R		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
O		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
U		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
U		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
L		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
L		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
/		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
v		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
w		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
y		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
/		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
<		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
<		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
v		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
?		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
y		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
|		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
|		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
<		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
T		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
Y		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
B		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
I		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
T		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
w		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
W		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
j		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
k		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
<		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
1		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
R		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
G		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
R		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
O		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
U		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
<		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
T		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
Y		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
+		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
y		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
B		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
I		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
T		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
w		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
K		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
j		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
y		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
w		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
J		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
O		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
I		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
y		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
<		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
1		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
w		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
U		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
T		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
W		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
x		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
g		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
<		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
1		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
v		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
\		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
\		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
\		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
\		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
v		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
/		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
/		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
/		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
b		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
d		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
l		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
y		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
k		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
'		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
w		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
w		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
`		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
x		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
`		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
/		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
w		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
M		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
T		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
W		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
w		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
[		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
T		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
]		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
K		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
h		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
*		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
y		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
B		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
I		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
T		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
T		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
.		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
<		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
1		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
!		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
y		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
&		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
B		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
I		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
T		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
T		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
{		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
N		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
P		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
R		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
S		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
H		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
A		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
R		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
E		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
D		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
=		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
_		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
z		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
o		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
f		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
(		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
%		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
m		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
?		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
,		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
?		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
"		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
:		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
p		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
>		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
i		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
s		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
a		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
c		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
<		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
)		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
-		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
1		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
			if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
e		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
t		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
u		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
r		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
n		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
 		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
0		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
;		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
}		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}

		if (netns)
			return pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns);
		if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET)))
			return pns_pin_ip_netns_name(set, p->instance, p->netns, sizeof(p->netns), e);
	}
