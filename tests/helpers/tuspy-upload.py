"""Sends a file to Siang's tus endpoint with tuspy (Debian's python3-tuspy), a second tus client
beside the admin's JavaScript one, in pieces, each with its sha1 checksum (Upload-Checksum).

    /usr/bin/python3 tests/helpers/tuspy-upload.py ENDPOINT TOKEN FILE FILETYPE PIECE_BYTES [DAMAGE]

With DAMAGE (a piece's number, from 0), that piece has one byte flipped on its first way to the
server, after tuspy took its checksum, as a weak link might; tuspy asks for the offset and sends
it again. The upload is kept for the media form's save (mode keep). Prints, as JSON, the upload's
address, its final offset and the status of every piece sent.
"""
import json
import os
import sys

import requests
from tusclient import client

endpoint, token, path, filetype, piece_bytes = sys.argv[1:6]
damage = int(sys.argv[6]) if len(sys.argv) > 6 else None
answers = []
patch = requests.patch


def patch_on_a_weak_link(url, data=None, **kwargs):
    if len(answers) == damage:
        data = bytes([data[0] ^ 0xFF]) + data[1:]
    res = patch(url, data=data, **kwargs)
    answers.append(res.status_code)
    return res


# tuspy sends each piece with requests.patch, imported as this same module.
requests.patch = patch_on_a_weak_link

tus = client.TusClient(endpoint, headers={'Authorization': f'JWT {token}'})
uploader = tus.uploader(
    path,
    chunk_size=int(piece_bytes),
    metadata={
        'filename': os.path.basename(path),
        'filetype': filetype,
        'alt': 'Sent by tuspy',
        'mode': 'keep',
    },
    upload_checksum=True,
    retries=1,
    retry_delay=0,
)
uploader.upload()
print(json.dumps({'url': uploader.url, 'offset': uploader.offset, 'answers': answers}))
