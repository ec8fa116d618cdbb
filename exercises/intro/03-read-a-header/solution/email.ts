/**
 * A message as it sits in the SpamAssassin corpus: headers, an empty
 * line, the body. The Subject is folded over two lines, as mail programs
 * do with long headers.
 */
export const rawEmail = [
  'From 12a1mailbot1@web.de  Thu Aug 22 13:17:22 2002',
  'Return-Path: <12a1mailbot1@web.de>',
  'Received: from mail.webnote.net (mail.webnote.net [193.120.211.219])',
  '\tby dogma.slashnull.org (8.11.6/8.11.6) with ESMTP id g7MCHMZ09937',
  'From: "Mail Bot" <12a1mailbot1@web.de>',
  'To: dcek1a1@netsgo.com',
  'Subject: Life Insurance - Why Pay More? Compare rates',
  '  from the top insurers in minutes',
  'Date: Wed, 21 Aug 2002 20:31:57 -1600',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset="iso-8859-1"',
  '',
  '<html><body>',
  'Subject: save up to 70% on your policy today!',
  '</body></html>',
].join('\n');
