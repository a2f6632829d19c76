// A minimal PNG encoder for the fixture server's map tiles (grey placeholders, the Natural Earth
// basemap): 8-bit greyscale or RGB, no filtering, zlib from Node.
/* eslint-disable no-bitwise -- CRC-32 and PNG bytes are bit arithmetic */
import zlib from 'node:zlib';

const CRC_TABLE = Array.from( { length: 256 }, ( _, n ) => {
	let c = n;
	for ( let k = 0; k < 8; k++ ) {
		c = c & 1 ? 0xedb88320 ^ ( c >>> 1 ) : c >>> 1;
	}
	return c >>> 0;
} );

function crc32( buf ) {
	let c = 0xffffffff;
	for ( const byte of buf ) {
		c = CRC_TABLE[ ( c ^ byte ) & 0xff ] ^ ( c >>> 8 );
	}
	return ( c ^ 0xffffffff ) >>> 0;
}

function chunk( type, data ) {
	const len = Buffer.alloc( 4 );
	len.writeUInt32BE( data.length );
	const body = Buffer.concat( [ Buffer.from( type, 'ascii' ), data ] );
	const crc = Buffer.alloc( 4 );
	crc.writeUInt32BE( crc32( body ) );
	return Buffer.concat( [ len, body, crc ] );
}

/**
 * A width × height PNG from `pixels` (row after row, `channels` bytes a pixel: 1 greyscale, 3 RGB).
 */
export function encodePng( width, height, channels, pixels ) {
	const ihdr = Buffer.alloc( 13 );
	ihdr.writeUInt32BE( width, 0 );
	ihdr.writeUInt32BE( height, 4 );
	ihdr[ 8 ] = 8; // bit depth
	ihdr[ 9 ] = channels === 3 ? 2 : 0; // colour type: RGB or greyscale
	const stride = width * channels;
	const raw = Buffer.alloc( height * ( stride + 1 ) ); // filter byte 0 ("none") per scanline
	for ( let y = 0; y < height; y++ ) {
		pixels.copy( raw, y * ( stride + 1 ) + 1, y * stride, ( y + 1 ) * stride );
	}
	return Buffer.concat( [ Buffer.from( [ 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a ] ), chunk( 'IHDR', ihdr ),
		chunk( 'IDAT', zlib.deflateSync( raw ) ), chunk( 'IEND', Buffer.alloc( 0 ) ) ] );
}
