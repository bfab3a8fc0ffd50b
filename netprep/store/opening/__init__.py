"""Opening a data folder at the pace of 30,000 contacts and 100,000 notes.

The careful, record-by-record reading lives in file_format.py and mapping.py; these
modules do the same work in bulk for files and documents exactly as netprep writes them,
and hand anything else to the careful path (same results, same errors).
"""
