# hub.extraConfig snippet: the chart's jupyterhub_config.py runs it last, with `c` in scope.
# hub/thinkube_access.py is mounted (hub.extraFiles) into the chart's configuration directory, which the
# chart's jupyterhub_config.py puts on sys.path itself (that is how it imports z2jh), so the module
# imports like z2jh does. It checks custom.thinkube against its schema (mounted beside the module), then
# registers the policy built from the values the project synthesized (custom.thinkube and
# singleuser.profileList).
from thinkube_access import AccessPolicy, validate_access_values
from z2jh import get_config

access = get_config("custom.thinkube")
validate_access_values(access)
AccessPolicy.from_values(access, get_config("singleuser.profileList", [])).configure(c)  # noqa: F821
