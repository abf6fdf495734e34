import { mount } from 'svelte';
import Workbench from './Workbench.svelte';
import '../lib/theme.css';
import './workbench.css';

mount(Workbench, { target: document.getElementById('app')! });
