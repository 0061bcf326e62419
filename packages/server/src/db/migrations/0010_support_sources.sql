-- Support stuffing (issue 13, finding 5): each support keeps a short keyed hash of the network it
-- came from (an IPv4 address or an IPv6 /64), so staff can see posts whose supports come mostly
-- from one place. Never the address: HMAC-SHA256 with a key made for that UTC day and deleted a
-- week later (server_secrets 'support-source:<day>'), truncated to 64 bits. After a week nobody,
-- with the database or without it, can tell which network a hash stood for.
ALTER TABLE supports ADD COLUMN source text;
