# Creates the users a test of a real Request Tracker needs and prints one auth token per line:
# "medley <token>" (the integration user) and "alice <token>" (the partner's agent).
# Run with RT_SITE_CONFIG pointing at the test's site config.
use strict;
use warnings;
use lib '/usr/share/request-tracker5/lib';
use RT;
RT::LoadConfig();
RT::Init();

for my $spec (['medley', 'Medley integration'], ['alice', 'Alice Agent']) {
    my ($name, $real) = @$spec;
    my $user = RT::User->new(RT->SystemUser);
    $user->Load($name);
    unless ($user->id) {
        my ($ok, $msg) = $user->Create(Name => $name, RealName => $real, Privileged => 1);
        die "user $name: $msg" unless $ok;
    }
    # A test instance: both may do anything, so the test exercises the protocol, not RT's rights.
    $user->PrincipalObj->GrantRight(Right => 'SuperUser', Object => RT->System);
    my $token = RT::AuthToken->new(RT->SystemUser);
    my ($id, $msg, $secret) = $token->Create(Owner => $user->id, Description => 'medley test');
    die "token $name: $msg" unless $id;
    print "$name $secret\n";
}
