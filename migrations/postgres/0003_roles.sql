-- Roles are domain codes now: everyone is a 'refugee' user unless granted a staff role.
UPDATE users SET role = 'refugee' WHERE role = 'user';
