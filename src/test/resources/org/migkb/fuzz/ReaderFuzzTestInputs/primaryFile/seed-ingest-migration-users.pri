! Primary file written by the MS Mail source extractor
DIRECTORY
Obj-Class,Common-Name,Display-Name,Mail-Nickname,Proxy-Addresses
Mailbox,CafÈ,CafÇ Owner,CAFE,MIGRATE:MS:NET1/PO1/CAFE;SMTP:cafe@contoso.com
Mailbox,MUELLER,JÅrgen MÅller,MUELLER,MIGRATE:MS:NET1/PO1/MUELLER
Mailbox,EBOYLE,Eileen Boyle,EBOYLE,MIGRATE:PROFS:Sydney(EBoyle)
Mailbox,NOMIG,No Migrate,NOMIG,MS:NET1/PO1/NOMIG
Mailbox,DOUBLE\\SLASH,Escaped,DSLASH,MIGRATE:MS:NET1/PO1/DSLASH
Mailbox,ONE\SLASH,Single,OSLASH,MIGRATE:MS:NET1/PO1/OSLASH
Mailbox,SHORT,Short row
PAB
Obj-Class,Display-Name,E-mail Address
Remote,Somebody,SMTP:somebody@example.com
MAILMESSAGE
"Message body line, not a user"
